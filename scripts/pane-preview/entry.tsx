// Browser entry of `npm run screenshot:pane`: the real pane with the real Word host, over the fake
// Word the tests use (test/hosts/word/fakeWord.ts), loaded with a .docx whose bytes the script
// injects as a base64 string (the fake's own helpers read fixtures with fs, which a page has not).
import { createRoot } from 'react-dom/client';
import { createWordHost } from '../../src/hosts/word';
import { Pane } from '../../src/taskpane/Pane';
import { FakeDocument, fakeEnv } from '../../test/hosts/word/fakeWord';

/** The fixture's bytes, base64; replaced by esbuild's `define`. */
declare const __GOUJI_FIXTURE_B64__: string;

interface PreviewWindow extends Window {
  __goujiPreview?: { ready: boolean; error?: string };
}

function bytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

async function main(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  const doc = await FakeDocument.fromDocx(bytes(__GOUJI_FIXTURE_B64__));
  const host = createWordHost(fakeEnv(doc));
  createRoot(root).render(<Pane host={host} locale="zh-CN" />);
}

const w = window as PreviewWindow;
w.__goujiPreview = { ready: false };
main().then(
  () => {
    w.__goujiPreview = { ready: true };
  },
  (e: unknown) => {
    w.__goujiPreview = { ready: false, error: e instanceof Error ? e.stack : String(e) };
  },
);
