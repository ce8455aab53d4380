// Bundles the Word task pane (dist/taskpane.html, loads office.js from Microsoft's CDN) and, when
// a colleague's src/checker exists, the stand-alone browser checker (dist/checker.html, no
// office.js, no CDN script: it must work offline). `npm run build` = production;
// `npm run dev-server` = development over https on port 3000 (Office only loads https pages).
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const PORT = Number(process.env.GOUJI_PORT || 3000);
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

module.exports = async (_env, argv) => {
  const dev = argv.mode !== 'production';
  const serving = process.argv.includes('serve') || Boolean(process.env.WEBPACK_SERVE);
  const checker = fs.existsSync(path.join(__dirname, 'src/checker/index.tsx'));

  const entry = { taskpane: './src/taskpane/word/index.tsx' };
  const pages = [
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/word/taskpane.html',
      chunks: ['taskpane'],
    }),
  ];
  if (checker) {
    entry.checker = './src/checker/index.tsx';
    const template = path.join(__dirname, 'src/checker/checker.html');
    pages.push(
      new HtmlWebpackPlugin({
        filename: 'checker.html',
        chunks: ['checker'],
        title: '勾稽：政府信息公开年报校验',
        ...(fs.existsSync(template) ? { template } : {}),
      }),
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
          { from: 'manifest.xml', to: 'manifest.xml' },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          port: PORT,
          host: 'localhost',
          hot: false,
          headers: { 'Access-Control-Allow-Origin': '*' },
          server: { type: 'https', options: await httpsOptions() },
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};
