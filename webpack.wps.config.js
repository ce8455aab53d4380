// The WPS 文字 加载项 (`npm run build:wps`): dist/wps/ is the add-in's folder as WPS loads it —
// ribbon.xml and main.js (the ribbon glue, a classic script) at its root, taskpane.html (the same
// React pane as in Word, with the WPS host, no office.js) and its bundle. WPS embeds a Chromium
// whose version it does not document: the bundle is ES2017, checked by test/hosts/wps/dist.test.ts.
// scripts/wps-package.ts then makes the offline package from this folder.
const path = require('path');
const acorn = require('acorn');
const swc = require('@swc/core');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { WPS_STRINGS } = require('tsx/cjs/api').require('./src/wps/strings.ts', __filename);

/**
 * Regular expressions newer than ES2017 (lookbehind, named groups, the s flag, \\p{…}) cannot be
 * rewritten: their literals become `new RegExp(source, flags)`, which any ES2017 parser reads,
 * and taskpane.html tests once, before the bundle runs, that the engine understands them.
 * A literal makes a new object each time it is evaluated, as the constructor call does.
 */
function regexLiteralsToCalls(code) {
  const found = [];
  const tree = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'script' });
  (function walk(node) {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'Literal' && node.regex) {
      try {
        acorn.parse(node.raw, { ecmaVersion: 2017 });
      } catch {
        found.push(node);
      }
    }
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value.type === 'string') walk(value);
    }
  })(tree);
  let out = code;
  for (const node of found.sort((a, b) => b.start - a.start)) {
    const call = `new RegExp(${JSON.stringify(node.regex.pattern)},${JSON.stringify(node.regex.flags)})`;
    out = out.slice(0, node.start) + call + out.slice(node.end);
  }
  return out;
}

/** Brings every emitted script down to ES2017 and minifies it (node_modules included). */
class Es2017Plugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('GoujiEs2017', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: 'GoujiEs2017', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE },
        async (assets) => {
          for (const name of Object.keys(assets)) {
            // main.js is hand-written ES5 and must keep its global function names.
            if (!name.endsWith('.js') || name === 'main.js') continue;
            const out = await swc.transform(assets[name].source().toString(), {
              sourceMaps: false,
              minify: compiler.options.mode === 'production',
              jsc: {
                parser: { syntax: 'ecmascript' },
                target: 'es2017',
                minify: { compress: true, mangle: true },
              },
              module: { type: 'es6' },
              isModule: false,
            });
            compilation.updateAsset(name, new sources.RawSource(regexLiteralsToCalls(out.code)));
          }
        },
      );
    });
  }
}

module.exports = (env = {}, argv = {}) => ({
  mode: argv.mode === 'development' ? 'development' : 'production',
  target: ['web', 'es2017'],
  devtool: false,
  entry: { taskpane: './src/wps/index.tsx' },
  output: {
    path: path.join(__dirname, 'dist', 'wps'),
    filename: '[name].[contenthash:8].js',
    // Relative: online the folder sits anywhere on the server, offline in WPS's jsaddons folder.
    publicPath: '',
    clean: true,
  },
  resolve: {
    extensions: ['.ts', '.tsx', '.js'],
    fallback: { fs: false, path: false, os: false, crypto: false, stream: false },
  },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: path.join(__dirname, 'scripts', 'wps-swc-loader.js'),
      },
    ],
  },
  optimization: { minimize: false },
  plugins: [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/wps/taskpane.html',
      chunks: ['taskpane'],
      scriptLoading: 'defer',
      tooOld: WPS_STRINGS.tooOld,
      loading: WPS_STRINGS.loading,
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'src/wps/ribbon.xml', to: 'ribbon.xml' },
        { from: 'src/wps/main.js', to: 'main.js' },
        { from: 'assets/icon-32.png', to: 'assets/icon-32.png' },
        { from: 'assets/icon-64.png', to: 'assets/icon-64.png' },
      ],
    }),
    new Es2017Plugin(),
  ],
  performance: { hints: false },
});
