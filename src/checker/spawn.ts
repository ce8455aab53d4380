// Starts the checker's engine worker. Webpack 5 sees `new Worker(new URL(…, import.meta.url))` and
// bundles worker.ts as its own chunk, served from the page's origin (CSP worker-src 'self').
// The one-file checker (dist/gouji-checker.html, scripts/onefile-plugin.ts) carries that chunk in
// the page instead, because from file:// Chromium loads no worker from a separate file: gzipped and
// in base64 (a third of its size as text), unpacked at once with fflate (a few milliseconds; the
// browser's own DecompressionStream is asynchronous, and would start the engine only after React's
// first render) and started from a Blob URL (CSP worker-src blob:).
//
// TypeScript refuses `import.meta` under the project's `module: commonjs` (tsconfig.json, used for
// the type-check and tests) but needs it under the web config (ES2020), so an expect-error would
// fail one of the two builds; the ignore covers only this line. Jest never loads this file.
import { gunzipSync } from 'fflate';

import type { WorkerPort } from './session';

/** Set by the one-file page before the bundle runs (see scripts/onefile-plugin.ts). */
const inlined = (globalThis as { goujiEngineGzip?: unknown }).goujiEngineGzip;
/** One Blob URL for every restart of the engine: a new one per spawn would only leak. */
let inlinedUrl: string | undefined;

function unpack(base64: string): string {
  const code = gunzipSync(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
  return URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
}

export function spawnEngine(): WorkerPort {
  if (typeof inlined === 'string') {
    inlinedUrl ??= unpack(inlined);
    return new Worker(inlinedUrl, { name: 'gouji-engine' }) as WorkerPort;
  }
  return new Worker(
    // eslint-disable-next-line @typescript-eslint/ban-ts-comment
    // @ts-ignore TS1343: import.meta needs module es2020+ (true for the webpack build only).
    new URL('./worker.ts', import.meta.url),
    { name: 'gouji-engine' },
  ) as WorkerPort;
}
