// Starts the checker's engine worker. Webpack 5 sees `new Worker(new URL(…, import.meta.url))` and
// bundles worker.ts as its own chunk, served from the page's origin (CSP worker-src 'self').
//
// TypeScript refuses `import.meta` under the project's `module: commonjs` (tsconfig.json, used for
// the type-check and tests) but needs it under the web config (ES2020), so an expect-error would
// fail one of the two builds; the ignore covers only this line. Jest never loads this file.
import type { WorkerPort } from './session';

export function spawnEngine(): WorkerPort {
  return new Worker(
    // eslint-disable-next-line @typescript-eslint/ban-ts-comment
    // @ts-ignore TS1343: import.meta needs module es2020+ (true for the webpack build only).
    new URL('./worker.ts', import.meta.url),
    { name: 'gouji-engine' },
  ) as WorkerPort;
}
