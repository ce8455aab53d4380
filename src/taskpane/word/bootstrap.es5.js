/* global window, document, navigator */
// Runs before office.js and before the bundle, inlined into taskpane.html, so it must stay ES5:
// Word 2016/2019 sold under volume licences show add-ins in Internet Explorer 11 (some builds in
// EdgeHTML), where the React bundle cannot run and the pane would say "正在加载" forever.
// It also watches office.js: when the script cannot load, or Office.onReady does not come within
// READY_TIMEOUT_MS, the pane says so in Chinese instead of waiting. The bundle calls
// window.goujiBoot.ready() once Office answers. test/scripts/bootstrap.test.ts parses this as ES5.
(function () {
  'use strict';
  var READY_TIMEOUT_MS = 8000;
  var ua = navigator.userAgent || '';
  // Trident = Internet Explorer 11; "Edge/NN" = EdgeHTML (Chromium Edge says "Edg/NN").
  var oldWebview = /Trident\/|MSIE /.test(ua) || /\bEdge\/\d/.test(ua);
  var settled = false;
  var timer = null;

  var CHECKER =
    '<p>检查页 <a href="checker.html" target="_blank">checker.html</a> 不需要 Word 和 Office.js，' +
    '可在任意现代浏览器（360 极速浏览器、Edge、Chrome 等）中打开 .docx 文件进行检查和修复。</p>';
  var HELP = '<p>更多说明见 <a href="help.html" target="_blank">帮助页</a>。</p>';

  var MESSAGES = {
    oldWebview:
      '<h2>此版本的 Word 无法运行勾稽加载项</h2>' +
      '<p>这台电脑上的 Word 使用旧的 Internet Explorer 11 或旧版 Edge（EdgeHTML）组件显示加载项，' +
      '勾稽无法在其中运行。批量许可（VL）版 Word 2016、Word 2019 即属此类。</p>' +
      '<p>可以使用勾稽的 Word 版本：Microsoft 365 订阅版 Word（Windows 版本 2101 及以上，需安装 ' +
      'WebView2 运行时）、Word 2021、Word 2024、Word for Mac、Word 网页版。</p>' +
      CHECKER +
      HELP,
    officeMissing:
      '<h2>无法加载 Office.js</h2>' +
      '<p>任务窗格需要的 Office.js 脚本未能下载，可能是这台电脑不能访问外网，或网络策略拦截了它。</p>' +
      '<p>请联系管理员：允许访问 Office.js 的下载地址，或按部署说明把 Office.js 放在加载项旁边' +
      '（office-js 文件夹）后重新构建。</p>' +
      CHECKER +
      HELP,
    timeout:
      '<h2>Word 没有响应</h2>' +
      '<p>Office.js 已加载，但 Word 在 ' +
      READY_TIMEOUT_MS / 1000 +
      ' 秒内没有完成初始化。请关闭任务窗格后重新打开；如果仍然如此，请重启 Word。' +
      '若在普通浏览器标签页中打开了此页面，请改为在 Word 中打开加载项。</p>' +
      CHECKER +
      HELP,
  };

  function whenBody(fn) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn);
    else fn();
  }

  function show(kind) {
    if (settled) return;
    settled = true;
    if (timer !== null) window.clearTimeout(timer);
    whenBody(function () {
      var root = document.getElementById('root');
      if (!root) return;
      root.innerHTML =
        '<div id="gouji-boot-message" role="alert" data-kind="' +
        kind +
        '" style="font-family: \'Microsoft YaHei\', sans-serif; padding: 12px; line-height: 1.6">' +
        MESSAGES[kind] +
        '</div>';
    });
  }

  window.goujiBoot = {
    /** True where the bundle must not start (it is not even parsed in IE11). */
    unsupported: oldWebview,
    /** office.js failed to load (the script tag's onerror) or left no Office object. */
    officeMissing: function () {
      show('officeMissing');
    },
    /** Office answered: the bundle takes the pane over. Returns false when a message is shown. */
    ready: function () {
      if (settled) return false;
      settled = true;
      if (timer !== null) window.clearTimeout(timer);
      return true;
    },
  };

  if (oldWebview) show('oldWebview');
  else
    timer = window.setTimeout(function () {
      show(typeof window.Office === 'undefined' ? 'officeMissing' : 'timeout');
    }, READY_TIMEOUT_MS);
})();
