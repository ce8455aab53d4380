// Starts the checker's engine worker. Webpack 5 sees `new Worker(new URL(…, import.meta.url))` and
// bundles worker.ts as its own chunk, served from the page's origin (CSP worker-src 'self').
// The one-file checker (dist/gouji-checker.html, scripts/onefile-plugin.js) carries that chunk as
// a string instead, because from file:// Chromium loads no worker from a separate file: it starts
// from a Blob URL (CSP worker-src blob:).
//
// TypeScript refuses `import.meta` under the project's `module: commonjs` (tsconfig.json, used for
// the type-check and tests) but needs it under the web config (ES2020), so an expect-error would
// fail one of the two builds; the ignore covers only this line. Jest never loads this file.
import type { WorkerPort } from './session';

/** Set by the one-file page before the bundle runs (see scripts/onefile-plugin.js). */
const inlined = (globalThis as { goujiEngineSource?: unknown }).goujiEngineSource;
/** One Blob URL for every restart of the engine: a new one per spawn would only leak. */
let inlinedUrl: string | undefined;

export function spawnEngine(): WorkerPort {
  if (typeof inlined === 'string') {
    inlinedUrl ??= URL.createObjectURL(new Blob([inlined], { type: 'text/javascript' }));
    return new Worker(inlinedUrl, { name: 'gouji-engine' }) as WorkerPort;
  }
  return new Worker(
    // eslint-disable-next-line @typescript-eslint/ban-ts-comment
    // @ts-ignore TS1343: import.meta needs module es2020+ (true for the webpack build only).
    new URL('./worker.ts', import.meta.url),
    { name: 'gouji-engine' },
  ) as WorkerPort;
}
