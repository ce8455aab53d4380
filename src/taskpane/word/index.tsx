// The Word task pane's entry: waits for Office.js, then mounts the pane with the Word host.
// Opened outside Word (a plain browser tab), Office.onReady still resolves, with no host: say so
// instead of failing on the first Word call. The ES5 bootstrap inlined in taskpane.html has
// already run: where it found an old webview, or office.js failed, its message stays.
import { createRoot } from 'react-dom/client';
import { createWordHost } from '../../hosts/word';
import { Pane } from '../Pane';
import { strings, type Locale } from '../i18n';

function locale(): Locale {
  const lang =
    (typeof Office !== 'undefined' && Office.context?.displayLanguage) || navigator.language;
  return /^zh/i.test(lang) ? 'zh-CN' : 'en';
}

/** What bootstrap.es5.js puts on window (absent when the page is built without it, as in tests). */
interface Boot {
  unsupported: boolean;
  officeMissing(): void;
  ready(): boolean;
}

function boot(): Boot | undefined {
  return (window as unknown as { goujiBoot?: Boot }).goujiBoot;
}

function mount(): void {
  const root = document.getElementById('root');
  if (!root || boot()?.unsupported) return;
  if (typeof Office === 'undefined') {
    if (boot()) boot()?.officeMissing();
    else root.textContent = strings(locale()).officeMissing;
    return;
  }
  void Office.onReady((info) => {
    // Too late: the bootstrap already told the user that Word did not answer.
    if (boot()?.ready() === false) return;
    if (info.host !== Office.HostType.Word) {
      root.textContent = strings(locale()).notInWord;
      return;
    }
    // The pane brings its own FluentProvider (theme and lang).
    createRoot(root).render(<Pane host={createWordHost()} locale={locale()} />);
  });
}

mount();
