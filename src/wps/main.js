// The ribbon glue of the WPS 加载项: WPS opens a hidden page in the add-in's folder that loads this
// file, then resolves ribbon.xml's callbacks by name, so they are globals of a classic script
// (ES5: no module, no build step, whatever Chromium WPS embeds). The pane itself is taskpane.html,
// opened with wps.CreateTaskPane; its id is kept in PluginStorage, shared by the add-in's pages,
// so that both buttons reuse one pane instead of stacking new ones.
/* global window */
/* eslint-disable @typescript-eslint/no-unused-vars -- ES5 has no catch without a binding */
(function (global) {
  'use strict';

  var PANE_KEY = 'gouji.taskpane.id';
  var PANE_TITLE = '勾稽';
  /** msoCTPDockPositionRight */
  var DOCK_RIGHT = 2;
  var ribbon = null;

  function wpsRoot() {
    return global.wps || null;
  }

  /** taskpane.html beside this add-in's page (online: on the server; offline: the unpacked folder). */
  function paneUrl(query) {
    var here = String(global.location.href).replace(/[?#].*$/, '');
    return here.replace(/[^/]*$/, '') + 'taskpane.html' + (query || '');
  }

  function existingPane(root) {
    var id = root.PluginStorage ? root.PluginStorage.getItem(PANE_KEY) : '';
    if (!id) return null;
    try {
      return root.GetTaskPane(Number(id)) || null;
    } catch (e) {
      return null;
    }
  }

  /** Shows the pane (creating it once); with `recheck`, reloads it so that it checks afresh. */
  function showPane(recheck, toggle) {
    var root = wpsRoot();
    if (!root || typeof root.CreateTaskPane !== 'function') return false;
    var pane = existingPane(root);
    if (pane && toggle && pane.Visible) {
      pane.Visible = false;
      return true;
    }
    if (!pane) {
      pane = root.CreateTaskPane(paneUrl(''), PANE_TITLE);
      if (root.PluginStorage) root.PluginStorage.setItem(PANE_KEY, String(pane.ID));
      pane.DockPosition = DOCK_RIGHT;
    } else if (recheck) {
      pane.Navigate(paneUrl('?check=' + new Date().getTime()));
    }
    pane.Visible = true;
    return true;
  }

  global.goujiOnLoad = function (ribbonUI) {
    ribbon = ribbonUI;
    return true;
  };

  global.goujiOnAction = function (control) {
    var id = control && control.Id;
    if (id === 'goujiCheck') return showPane(true, false);
    if (id === 'goujiPane') return showPane(false, true);
    return false;
  };

  /** Enabled when a document is open: there is nothing to check otherwise. */
  global.goujiGetEnabled = function () {
    try {
      var app = global.Application || (wpsRoot() && wpsRoot().WpsApplication());
      return Boolean(app && app.ActiveDocument);
    } catch (e) {
      return false;
    }
  };

  global.goujiGetImage = function (control) {
    return control && control.Id === 'goujiPane' ? 'assets/icon-32.png' : 'assets/icon-64.png';
  };

  /** Lets the pane ask the ribbon to re-evaluate getEnabled (after a document opens or closes). */
  global.goujiInvalidate = function () {
    if (ribbon && typeof ribbon.Invalidate === 'function') ribbon.Invalidate();
  };
})(window);
