// The Word task pane's entry: waits for Office.js, then mounts the pane with the Word host.
// Opened outside Word (a plain browser tab), Office.onReady still resolves, with no host: say so
// instead of failing on the first Word call.
import { createRoot } from 'react-dom/client';
import { createWordHost } from '../../hosts/word';
import { Pane } from '../Pane';
import { strings, type Locale } from '../i18n';

function locale(): Locale {
  const lang =
    (typeof Office !== 'undefined' && Office.context?.displayLanguage) || navigator.language;
  return /^zh/i.test(lang) ? 'zh-CN' : 'en';
}

function mount(): void {
  const root = document.getElementById('root');
  if (!root) return;
  if (typeof Office === 'undefined') {
    root.textContent = strings(locale()).officeMissing;
    return;
  }
  void Office.onReady((info) => {
    if (info.host !== Office.HostType.Word) {
      root.textContent = strings(locale()).notInWord;
      return;
    }
    // The pane brings its own FluentProvider (theme and lang).
    createRoot(root).render(<Pane host={createWordHost()} locale={locale()} />);
  });
}

mount();
