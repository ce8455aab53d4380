// The pane over the fake Word, as a page: scripts/pane-preview/entry.tsx bundled with esbuild (the
// fixture's bytes injected as base64) and served from 127.0.0.1. Used by `npm run screenshot:pane`
// and by the pane's Chromium e2e (e2e/pane.e2e.test.ts).
import * as esbuild from 'esbuild';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';

export const HTML = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>勾稽 — 任务窗格预览</title>
    <style>
      html, body { margin: 0; padding: 0; background: #fff; }
      body { font-family: 'Segoe UI', 'WenQuanYi Micro Hei', 'Microsoft YaHei', sans-serif; }
    </style>
  </head>
  <body>
    <main id="root"></main>
    <script src="/pane.js"></script>
  </body>
</html>
`;

/** The pane's bundle over the fake Word holding `fixture`. */
export async function bundlePane(fixture: Buffer): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path.join(__dirname, 'entry.tsx')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    jsx: 'automatic',
    write: false,
    logLevel: 'warning',
    define: {
      'process.env.NODE_ENV': '"production"',
      __GOUJI_FIXTURE_B64__: JSON.stringify(fixture.toString('base64')),
    },
  });
  return result.outputFiles[0].text;
}

export interface PanePage {
  url: string;
  close(): Promise<void>;
}

/** Serves the page and `js` on 127.0.0.1 at a free port. */
export async function servePane(js: string): Promise<PanePage> {
  const server = http.createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    if (url === '/' || url === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(HTML);
    } else if (url === '/pane.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(js);
    } else if (url === '/favicon.ico') {
      res.writeHead(204);
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
