// The Word task pane's entry: waits for Office.js, then mounts the pane with the Word host.
// Opened outside Word (a plain browser tab), Office.onReady still resolves, with no host: say so
// instead of failing on the first Word call.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createWordHost } from '../../hosts/word';
import { Pane } from '../Pane';

function locale(): 'zh-CN' | 'en' {
  const lang =
    (typeof Office !== 'undefined' && Office.context?.displayLanguage) || navigator.language;
  return /^zh/i.test(lang) ? 'zh-CN' : 'en';
}

function mount(): void {
  const root = document.getElementById('root');
  if (!root) return;
  if (typeof Office === 'undefined') {
    root.textContent =
      '无法加载 Office.js，请检查网络。（Office.js could not be loaded: check the network.）';
    return;
  }
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Word) {
      root.textContent =
        '请在 Word 中打开此加载项；在浏览器中检查 .docx 请使用 checker.html。' +
        '（Open this add-in in Word; to check a .docx in a browser use checker.html.）';
      return;
    }
    createRoot(root).render(
      <FluentProvider theme={webLightTheme}>
        <Pane host={createWordHost()} locale={locale()} />
      </FluentProvider>,
    );
  });
}

mount();
