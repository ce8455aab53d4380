// The WPS pane's entry: the same React pane as in Word, with the WPS host. WPS puts its API on
// window (Application, wps) before the page's scripts run; opened anywhere else, say so.
import { createRoot } from 'react-dom/client';
import type { WpsAddon, WpsWindowGlobals } from '../hosts/wps/api';
import { findApplication } from '../hosts/wps/api';
import { createWpsHost } from '../hosts/wps';
import { Pane } from '../taskpane/Pane';
import { WPS_STRINGS } from './strings';

function mount(): void {
  const root = document.getElementById('root');
  const boot = (window as unknown as { goujiWpsBoot?: { unsupported: boolean } }).goujiWpsBoot;
  if (!root || boot?.unsupported) return;
  const globals = window as unknown as WpsWindowGlobals;
  const app = findApplication(globals);
  if (!app) {
    root.textContent = WPS_STRINGS.notInWps;
    return;
  }
  const addon: WpsAddon = globals.wps ?? {};
  createRoot(root).render(<Pane host={createWpsHost(app, addon)} locale="zh-CN" />);
}

mount();
