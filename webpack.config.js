// Bundles the Word task pane (dist/taskpane.html), the Chinese help page (dist/help.html), the
// manifest and, when a colleague's src/checker exists, the stand-alone browser checker
// (dist/checker.html, no office.js, no CDN script: it must work offline).
//   npm run build                                  production, manifest for https://localhost:3000/
//   npm run build -- --env url=https://host/path/  production, every manifest URL under that base
//   npm run build -- --env officejs=21vianet       office.js from microsoft (default) | 21vianet | local
//   npm run dev-server                             development over https on GOUJI_PORT (3000)
// The options' rules live in scripts/deploy-options.ts (shared with scripts/dev.ts).
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const deploy = require('tsx/cjs/api').require('./scripts/deploy-options.ts', __filename);
const { GoujiOneFilePlugin } = require('tsx/cjs/api').require(
  './scripts/onefile-plugin.ts',
  __filename,
);

const PACKAGE_VERSION = require('./package.json').version;
const CERT_DIR = path.join(__dirname, '.certs');

/** Reads a key/cert pair if both files exist. */
function readPair(dir, key, cert, ca) {
  const k = path.join(dir, key);
  const c = path.join(dir, cert);
  if (!fs.existsSync(k) || !fs.existsSync(c)) return undefined;
  const out = { key: fs.readFileSync(k), cert: fs.readFileSync(c) };
  if (ca && fs.existsSync(path.join(dir, ca))) out.ca = fs.readFileSync(path.join(dir, ca));
  return out;
}

/** A self-signed localhost certificate in .certs/ (gitignored), made once with openssl. */
function selfSigned() {
  const existing = readPair(CERT_DIR, 'localhost.key', 'localhost.crt');
  if (existing) return existing;
  fs.mkdirSync(CERT_DIR, { recursive: true });
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-sha256',
      '-days',
      '825',
      '-keyout',
      path.join(CERT_DIR, 'localhost.key'),
      '-out',
      path.join(CERT_DIR, 'localhost.crt'),
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return readPair(CERT_DIR, 'localhost.key', 'localhost.crt');
}

/**
 * office-addin-dev-certs' certificates when it can install (trust) them — Office then loads the
 * pane without a warning; otherwise (Linux without sudo, CI) a self-signed fallback.
 */
async function httpsOptions() {
  if (process.env.GOUJI_SELF_SIGNED !== '1') {
    try {
      const devCerts = require('office-addin-dev-certs');
      const timeout = new Promise((_, reject) =>
        setTimeout(() => reject(new Error('timeout')), 30000).unref(),
      );
      return await Promise.race([devCerts.getHttpsServerOptions(), timeout]);
    } catch (err) {
      console.warn(
        `[gouji] 未能安装 Office 开发证书，改用自签名证书 .certs/ ` +
          `(office-addin-dev-certs could not install its certificate: ${err.message}; ` +
          'using a self-signed one — the browser will ask you to accept it)',
      );
    }
  }
  return selfSigned();
}

/** The base URL, office.js source and bootstrap of this build; a Chinese message on a bad option. */
function buildOptions(env) {
  try {
    const port = deploy.devPort(process.env);
    const base = env.url ? deploy.normalizeBase(env.url) : deploy.devBase(port);
    const officeJsSource = deploy.parseOfficeJs(env.officejs);
    deploy.withVersion('', PACKAGE_VERSION);
    return { port, base, officeJsSource, officeJs: deploy.OFFICE_JS_SOURCES[officeJsSource] };
  } catch (err) {
    if (err instanceof deploy.DeployOptionError) {
      console.error(`[gouji] ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
}

module.exports = async (env = {}, argv) => {
  const dev = argv.mode !== 'production';
  const serving = process.argv.includes('serve') || Boolean(process.env.WEBPACK_SERVE);
  const checker = fs.existsSync(path.join(__dirname, 'src/checker/index.tsx'));
  const { port, base, officeJsSource, officeJs } = buildOptions(env);
  const localOfficeJs = path.join(__dirname, deploy.LOCAL_OFFICE_JS_DIR);
  if (officeJsSource === 'local' && !fs.existsSync(path.join(localOfficeJs, 'office.js')))
    console.warn(
      `[gouji] 未找到 ${deploy.LOCAL_OFFICE_JS_DIR}/office.js：请在部署前把 office.js 及其文件放到 ` +
        `dist/${deploy.LOCAL_OFFICE_JS_DIR}/（见 docs/deploy.md）。`,
    );

  const entry = { taskpane: './src/taskpane/word/index.tsx' };
  const pages = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/word/taskpane.html',
      chunks: ['taskpane'],
      // Internet Explorer 11 does not fetch module scripts at all: in the old webviews the bundle
      // (ES2020) is never parsed, so no script-error dialog covers the bootstrap's message.
      scriptLoading: 'module',
      officeJs,
      bootstrap: fs.readFileSync(
        path.join(__dirname, 'src/taskpane/word/bootstrap.es5.js'),
        'utf8',
      ),
    }),
  ];
  if (checker) {
    // publicPath '' (the page's folder, where checker.html loads it from anyway) instead of
    // 'auto', which throws when the bundle runs as the one-file page's inline script.
    entry.checker = { import: './src/checker/index.tsx', publicPath: '' };
    const template = path.join(__dirname, 'src/checker/checker.html');
    pages.push(
      new HtmlWebpackPlugin({
        filename: 'checker.html',
        chunks: ['checker'],
        title: '勾稽：政府信息公开年报校验',
        ...(fs.existsSync(template) ? { template } : {}),
      }),
      // dist/gouji-checker.html: the same checker as one self-contained file.
      new GoujiOneFilePlugin(),
    );
  }

  return {
    mode: dev ? 'development' : 'production',
    // No eval-based source maps even in development: the checker's CSP has no 'unsafe-eval'.
    devtool: dev ? 'cheap-module-source-map' : 'source-map',
    entry,
    output: {
      path: path.join(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // core and the browser hosts must not pull Node built-ins into the pane.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: { configFile: 'tsconfig.web.json', onlyCompileBundledFiles: true },
          },
        },
      ],
    },
    plugins: [
      ...pages,
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'src/help/help.html', to: 'help.html' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) =>
              deploy.withVersion(
                deploy.manifestFor(content.toString('utf8'), base),
                PACKAGE_VERSION,
              ),
          },
          // An office.js mirror placed beside the sources (gitignored) travels with the build.
          ...(officeJsSource === 'local' && fs.existsSync(localOfficeJs)
            ? [{ from: deploy.LOCAL_OFFICE_JS_DIR, to: deploy.LOCAL_OFFICE_JS_DIR }]
            : []),
        ],
      }),
    ],
    // The engine worker is one file: split, its JSZip and fflate came as a second script the worker
    // fetched (importScripts) only after its own, on the way to the sample's first findings.
    optimization: {
      splitChunks: { chunks: (chunk) => !chunk.canBeInitial() && chunk.name !== 'gouji-engine' },
    },
    performance: { hints: false },
    // Under `npm start` the dev server's own "running at" lines would come before the first
    // compile; scripts/dev.ts prints its banner once the bundle is ready instead.
    ...(process.env.GOUJI_DEV_QUIET === '1' ? { infrastructureLogging: { level: 'warn' } } : {}),
    devServer: serving
      ? {
          port,
          host: 'localhost',
          hot: false,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions() },
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
