// `npm run bench:pane` (after `npm run build`): how soon the browser checker shows the sample's
// findings in Debian's Chromium (issue 14: first findings under 0.8 s). Each run is a fresh page of
// dist/checker.html (served on 127.0.0.1, as in e2e/harness.ts) and of dist/gouji-checker.html
// (from file://); times are from navigation start: first paint, first contentful paint and the
// first finding (the first element with data-rule). Prints each page's runs and medians.
//   npm run bench:pane            7 runs per page
//   npm run bench:pane -- 15      15 runs per page
//   GOUJI_BENCH_DIST=../other/dist npm run bench:pane   another build (a before/after comparison)
// Not a line of `npm run bench`: it measures the built dist/ (stale unless rebuilt first) in Chromium;
// both pages, 7 runs each, take about 20 s.
import { existsSync, statSync } from 'fs';
import path from 'path';
import { pathToFileURL } from 'url';
import type { Page } from 'playwright-core';

import { DIST, launch, serveStatic } from '../e2e/harness';

const GOAL_MS = 800;
const PAGES = process.env.GOUJI_BENCH_DIST ? path.resolve(process.env.GOUJI_BENCH_DIST) : DIST;
const RUNS = Number(process.argv[2] ?? 7);

/** Installed before any script of the page: notes when the first finding enters the DOM. */
const WATCH_FIRST_FINDING = `(() => {
  const seen = () => document.querySelector('[data-rule]') !== null;
  const observer = new MutationObserver(() => {
    if (globalThis.__goujiFirstFinding === undefined && seen()) {
      globalThis.__goujiFirstFinding = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

interface Run {
  firstPaint: number;
  firstContentfulPaint: number;
  firstFinding: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function measure(page: Page, url: string): Promise<Run> {
  await page.addInitScript(WATCH_FIRST_FINDING);
  await page.goto(url);
  await page.waitForFunction(() => '__goujiFirstFinding' in globalThis, undefined, {
    timeout: 30_000,
  });
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  return page.evaluate<Run>(`({
    firstPaint: performance.getEntriesByName('first-paint', 'paint')[0]?.startTime ?? NaN,
    firstContentfulPaint:
      performance.getEntriesByName('first-contentful-paint', 'paint')[0]?.startTime ?? NaN,
    firstFinding: globalThis.__goujiFirstFinding ?? NaN,
  })`);
}

const ms = (v: number): string => `${Math.round(v)} ms`;

async function main(): Promise<void> {
  const pages = ['checker.html', 'gouji-checker.html'].map((f) => path.join(PAGES, f));
  const missing = pages.filter((p) => !existsSync(p));
  if (missing.length > 0) {
    console.error(`未找到 ${missing.join('、')}：请先运行 npm run build。`);
    process.exit(2);
  }
  const server = await serveStatic(PAGES);
  const browser = await launch();
  // The one-file page comes from disk; launch() lets only 127.0.0.1 through otherwise.
  await browser.context.route(
    (url) => url.protocol === 'file:' && url.pathname.endsWith('.html'),
    (route) => route.continue(),
  );
  try {
    const targets = [
      { label: 'checker.html', url: `${server.origin}/checker.html` },
      {
        label: `gouji-checker.html (${statSync(pages[1]!).size} bytes)`,
        url: pathToFileURL(pages[1]!).href,
      },
    ];
    for (const { label, url } of targets) {
      // One unmeasured load: Chromium's own first start (disk cache, V8 code cache) is not the page's.
      const warm = await browser.context.newPage();
      await measure(warm, url);
      await warm.close();
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) {
        const page = await browser.context.newPage();
        runs.push(await measure(page, url));
        await page.close();
      }
      const finding = runs.map((r) => r.firstFinding);
      console.log(
        `pane first paint ${label}: runs ${runs.map((r) => ms(r.firstPaint)).join(', ')}; ` +
          `median ${ms(median(runs.map((r) => r.firstPaint)))} ` +
          `(first contentful ${ms(median(runs.map((r) => r.firstContentfulPaint)))})`,
      );
      console.log(
        `pane first finding ${label}: runs ${finding.map(ms).join(', ')}; median ` +
          `${ms(median(finding))}, min ${ms(Math.min(...finding))}, max ` +
          `${ms(Math.max(...finding))} (goal < ${GOAL_MS} ms)`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
