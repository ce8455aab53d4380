// Webpack loader for the WPS build: TypeScript/TSX → ES2017 JavaScript with swc (types are
// stripped, not checked: `npm run typecheck` does that for the whole tree). ES modules are kept
// for webpack to bundle; the bundle as a whole is brought down to ES2017 after bundling too
// (webpack.wps.config.js), which covers what node_modules ship in newer syntax.
/* global require, module */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack loads loaders as CommonJS
const swc = require('@swc/core');

module.exports = function wpsSwcLoader(source) {
  const callback = this.async();
  const tsx = this.resourcePath.endsWith('.tsx');
  swc
    .transform(source, {
      filename: this.resourcePath,
      sourceMaps: false,
      jsc: {
        parser: { syntax: 'typescript', tsx },
        transform: { react: { runtime: 'automatic' } },
        target: 'es2017',
      },
      module: { type: 'es6' },
    })
    .then((out) => callback(null, out.code), callback);
};
