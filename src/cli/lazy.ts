// What a command needs, loaded when that command runs rather than when gouji starts: `--help`,
// `--version` and `check` do not pay for the writer, the worker pool or the progress bar.
//
// require, not import(): compiled to CommonJS both are the same, but when bin/gouji.js runs the
// sources through tsx's require hook (a checkout without lib/), import() goes to Node's ESM
// loader, which resolves no .ts file.
/* eslint-disable @typescript-eslint/no-require-imports */

export const loadCheckRun = (): typeof import('./check-run') => require('./check-run');

export const loadFix = (): typeof import('./fix') => require('./fix');

export const loadReview = (): typeof import('../review/review') &
  typeof import('../review/sink') &
  typeof import('../review/labels') => ({
  ...(require('../review/review') as typeof import('../review/review')),
  ...(require('../review/sink') as typeof import('../review/sink')),
  ...(require('../review/labels') as typeof import('../review/labels')),
});
