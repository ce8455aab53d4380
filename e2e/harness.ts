// What every browser test needs: dist/ served on 127.0.0.1 by a tiny static server, and Debian's
// Chromium with every request that leaves 127.0.0.1 blocked and recorded (the page must work
// offline: a recorded request fails the test).

import { mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import http from 'http';
import type { AddressInfo } from 'net';
import os from 'os';
import path from 'path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_OPTIONS } from './chromium';

export const ROOT = path.resolve(__dirname, '..');
export const DIST = path.join(ROOT, 'dist');
/**
 * Where tests leave screenshots: a scratch folder, so that a test run never rewrites the tracked
 * docs/*.png; `npm run docs:screenshots` sets GOUJI_SCREENSHOTS=docs to refresh them on purpose.
 */
export const SCREENSHOTS = process.env.GOUJI_SCREENSHOTS
  ? path.resolve(ROOT, process.env.GOUJI_SCREENSHOTS)
  : path.join(os.tmpdir(), 'gouji-screenshots');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `dir` read-only on 127.0.0.1 at a free port. */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
    // Never serve anything outside dir ("/../package.json").
    if (!file.startsWith(dir + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    // A browser keeps idle connections open; close waits for them unless they are ended first.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface Launched {
  context: BrowserContext;
  /** Every request that tried to leave 127.0.0.1 (each one was aborted). */
  blocked: string[];
  close(): Promise<void>;
}

/**
 * Chromium with a fresh profile, 1280×900, downloads allowed, nothing but 127.0.0.1 reachable.
 * A persistent context is how Playwright takes a user-data-dir of our own (it refuses the flag).
 */
export async function launch(): Promise<Launched> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'gouji-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...CHROMIUM_OPTIONS,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    locale: 'zh-CN',
  });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  // WebSockets are not routed above: record any attempt too.
  const watch = (page: Page) =>
    page.on('websocket', (ws) => {
      if (new URL(ws.url()).hostname !== '127.0.0.1') blocked.push(ws.url());
    });
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    blocked,
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---------- what the pane shows (the checker page and the one-file checker) ----------

export const key = (f: { rule: string; severity: string }) => `${f.rule}|${f.severity}`;

/** The findings the pane shows, as a sorted multiset of "rule|severity". */
export async function shown(p: Page): Promise<string[]> {
  const attrs = await p.$$eval('[data-rule]:not([data-ignored])', (els) =>
    els.map((el) => ({
      rule: el.getAttribute('data-rule') ?? '',
      severity: el.getAttribute('data-severity') ?? '',
    })),
  );
  return attrs.map(key).sort();
}

/** Waits until `name` is the open file and the pane has finished checking it. */
export async function settled(p: Page, name: string): Promise<void> {
  await p.getByText(`当前文件：${name}`).waitFor();
  await p.waitForFunction(() => {
    const results = document.querySelector('[aria-busy]');
    return (
      results?.getAttribute('aria-busy') === 'false' &&
      results.querySelector('[data-state], [data-rule]') !== null
    );
  });
}
