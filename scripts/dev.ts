// `npm start` / `npm stop`. On Windows and macOS, office-addin-debugging (an optional dependency
// that does not install on Linux) starts the dev server and sideloads manifest.xml into Word.
// Elsewhere `start` runs the dev server itself, prints how to sideload by hand, and serves until
// Ctrl-C or SIGTERM (`npm stop` sends it through a pid file), then exits 0.
// The port is GOUJI_PORT, else package.json's config.dev_server_port (3000). A port already taken
// is said before anything starts; the banner waits for the first compile (the dev server answers
// only then); with a port other than 3000 the sideloaded manifest is a copy for that port.
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import * as fs from 'fs';
import * as https from 'https';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import {
  DEFAULT_DEV_PORT,
  DeployOptionError,
  devBase,
  devPort,
  manifestFor,
} from './deploy-options';

const ROOT = path.join(__dirname, '..');
/** One pid file per checkout, outside the repository so that it is never committed. */
export const PID_FILE = path.join(
  os.tmpdir(),
  `gouji-dev-server-${Buffer.from(ROOT).toString('base64url').slice(-24)}.pid`,
);

function officeDebugging(): string | undefined {
  if (process.platform !== 'win32' && process.platform !== 'darwin') return undefined;
  try {
    return require.resolve('office-addin-debugging/cli.js', { paths: [ROOT] });
  } catch {
    return undefined;
  }
}

/** Whether something already listens on localhost:port (another dev server, another program). */
export function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'EADDRINUSE'));
    probe.once('listening', () => probe.close(() => resolve(false)));
    probe.listen(port, 'localhost');
  });
}

export function portTakenMessage(port: number): string {
  const other = port === DEFAULT_DEV_PORT ? 3443 : DEFAULT_DEV_PORT;
  return [
    `端口 ${port} 已被占用，开发服务器没有启动。`,
    '可能另一个开发服务器（或其他程序）正在使用它：先停止它（本项目的开发服务器用 `npm stop`），',
    `或换一个端口，例如：GOUJI_PORT=${other} npm start（Windows PowerShell：$env:GOUJI_PORT=${other}; npm start）。`,
    `Port ${port} is in use; the dev server was not started. Stop whatever uses it or set GOUJI_PORT.`,
  ].join('\n');
}

/**
 * Resolves true once the dev server answers for the task pane: webpack-dev-middleware holds
 * requests until the first compile is done, so an answer means the bundle is ready.
 */
function waitForFirstCompile(
  port: number,
  child: ChildProcess,
  timeoutMs = 300000,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const attempt = (): void => {
      if (child.exitCode !== null || Date.now() > deadline) return resolve(false);
      const req = https.get(
        {
          host: 'localhost',
          port,
          path: '/taskpane.html',
          rejectUnauthorized: false,
          timeout: timeoutMs,
        },
        (res) => {
          res.resume();
          if (res.statusCode === 200) resolve(true);
          else setTimeout(attempt, 500);
        },
      );
      req.once('error', () => setTimeout(attempt, 500));
    };
    attempt();
  });
}

/** manifest.xml itself on the default port; otherwise a copy for this port (gitignored .dev/). */
export function devManifest(port: number): string {
  const template = path.join(ROOT, 'manifest.xml');
  if (port === DEFAULT_DEV_PORT) return template;
  const dir = path.join(ROOT, '.dev');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'manifest.xml');
  fs.writeFileSync(file, manifestFor(fs.readFileSync(template, 'utf8'), devBase(port)));
  return file;
}

/** How long the certificate install may take (it may wait for a password prompt). */
export const CERT_TIMEOUT_MS = 60000;

/**
 * Installs (trusts) office-addin-dev-certs' localhost certificate. Word desktop refuses a pane
 * served with an untrusted certificate ("content is blocked"), so on Windows and macOS a failed
 * install stops `npm start` with the reason instead of letting the dev server fall back to a
 * self-signed one; GOUJI_SELF_SIGNED=1 opts into that fallback knowingly. Elsewhere (Word on the
 * web in a browser that can accept the certificate) the failure is said and start goes on.
 * Returns the message to print, and whether to stop.
 */
export async function certificateCheck(
  install: () => Promise<unknown>,
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  timeoutMs = CERT_TIMEOUT_MS,
): Promise<{ message?: string; stop: boolean }> {
  if (env.GOUJI_SELF_SIGNED === '1') return { stop: false };
  try {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`超时 ${timeoutMs / 1000} 秒`)), timeoutMs);
    });
    await Promise.race([install(), timeout]).finally(() => clearTimeout(timer));
    return { stop: false };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    const desktop = platform === 'win32' || platform === 'darwin';
    const message = [
      `未能安装并信任 Office 开发证书：${reason}`,
      desktop
        ? 'Word 桌面版不会加载使用自签名证书的任务窗格（会显示“内容被阻止”），因此开发服务器没有启动。'
        : '将改用自签名证书：请先在浏览器中打开任务窗格地址并接受证书，否则 Word 网页版无法加载任务窗格。',
      desktop
        ? '请运行 `npm run certs` 并按提示输入密码；若确实要用自签名证书，设置 GOUJI_SELF_SIGNED=1 后再运行 `npm start`。'
        : '也可运行 `npm run certs` 安装证书后重新启动。',
      `The Office dev certificate could not be installed (${reason}).` +
        (desktop
          ? ' Word desktop blocks a pane served with a self-signed certificate, so the dev server was not started: run `npm run certs`, or set GOUJI_SELF_SIGNED=1 to use one anyway.'
          : ' Falling back to a self-signed certificate: accept it in the browser first.'),
    ].join('\n');
    return { message, stop: desktop };
  }
}

async function installDevCertificate(): Promise<unknown> {
  const certs = await import('office-addin-dev-certs');
  return certs.ensureCertificatesAreInstalled();
}

function instructions(port: number, manifest: string): string {
  const base = `https://localhost:${port}`;
  return [
    '',
    '勾稽开发服务器已启动 / Gouji dev server is running',
    `  任务窗格 Task pane:      ${base}/taskpane.html`,
    `  浏览器检查页 Checker:    ${base}/checker.html`,
    `  清单 Manifest:           ${manifest}`,
    '',
    '如何旁加载到 Word（How to sideload into Word）:',
    '  • Word 网页版：插入 → 加载项 → 上传我的加载项 → 选择 manifest.xml。',
    '    Word on the web: Insert → Add-ins → Upload My Add-in → choose manifest.xml.',
    '  • Windows 桌面版：把 manifest.xml 所在文件夹设为共享文件夹，在“信任中心 → 受信任的加载项目录”中',
    '    添加该共享路径并勾选“在菜单中显示”，重启 Word 后在“插入 → 我的加载项 → 共享文件夹”中添加。',
    '    Windows desktop: share the folder holding manifest.xml, add its UNC path under Trust Center →',
    '    Trusted Add-in Catalogs (Show in Menu), restart Word, then Insert → My Add-ins → Shared Folder.',
    '  • macOS 桌面版：把 manifest.xml 复制到 ~/Library/Containers/com.microsoft.Word/Data/Documents/wef/，',
    '    重启 Word 后在“插入 → 我的加载项”中选择。',
    '    macOS desktop: copy manifest.xml to ~/Library/Containers/com.microsoft.Word/Data/Documents/wef/,',
    '    restart Word, then Insert → My Add-ins.',
    '  • 先在浏览器中打开上面的任务窗格地址并信任证书（自签名证书时）。',
    '    First open the task pane URL in a browser and accept the certificate if it is self-signed.',
    '',
    '按 Ctrl-C 或运行 `npm stop` 停止。 Press Ctrl-C or run `npm stop` to stop.',
    '',
  ].join('\n');
}

async function start(): Promise<number> {
  const port = devPort(process.env);
  if (await portTaken(port)) {
    console.error(portTakenMessage(port));
    return 1;
  }
  const cert = await certificateCheck(installDevCertificate);
  if (cert.message) console.error(cert.message);
  if (cert.stop) return 1;
  // Past this point a failed install has been said: the dev server need not try again.
  const selfSigned = cert.message ? { GOUJI_SELF_SIGNED: '1' } : {};
  const manifest = devManifest(port);
  const debugging = officeDebugging();
  if (debugging) {
    const r = spawnSync(
      process.execPath,
      [debugging, 'start', manifest, '--dev-server-port', String(port), ...process.argv.slice(3)],
      {
        cwd: ROOT,
        stdio: 'inherit',
        env: { ...process.env, ...selfSigned, GOUJI_PORT: String(port) },
      },
    );
    return r.status ?? 1;
  }
  if (fs.existsSync(PID_FILE)) {
    const pid = Number(fs.readFileSync(PID_FILE, 'utf8'));
    if (isAlive(pid)) {
      console.error(
        `开发服务器已在运行（pid ${pid}）。Dev server already running (pid ${pid}); run \`npm stop\`.`,
      );
      return 1;
    }
  }
  const webpack = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  // detached: the server gets its own process group, so that stopping it also stops its children.
  const child = spawn(process.execPath, [webpack, 'serve', '--mode', 'development'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: process.platform !== 'win32',
    env: { ...process.env, ...selfSigned, GOUJI_PORT: String(port), GOUJI_DEV_QUIET: '1' },
  });
  fs.writeFileSync(PID_FILE, String(process.pid));

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    console.log('\n正在停止开发服务器… Stopping the dev server…');
    try {
      if (child.pid !== undefined && child.exitCode === null) {
        if (process.platform === 'win32') child.kill();
        else process.kill(-child.pid, 'SIGTERM');
      }
    } catch {
      // Already gone.
    }
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const exited = new Promise<number>((resolve) => {
    child.once('exit', (code) => {
      fs.rmSync(PID_FILE, { force: true });
      resolve(stopping ? 0 : (code ?? 1));
    });
  });
  if (await waitForFirstCompile(port, child)) console.log(instructions(port, manifest));
  return exited;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function stop(): number {
  const debugging = officeDebugging();
  if (debugging) {
    const r = spawnSync(process.execPath, [debugging, 'stop', devManifest(devPort(process.env))], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    return r.status ?? 1;
  }
  if (!fs.existsSync(PID_FILE)) {
    console.log('没有正在运行的开发服务器。No dev server is running.');
    return 0;
  }
  const pid = Number(fs.readFileSync(PID_FILE, 'utf8'));
  if (!isAlive(pid)) {
    fs.rmSync(PID_FILE, { force: true });
    console.log('没有正在运行的开发服务器。No dev server is running.');
    return 0;
  }
  process.kill(pid, 'SIGTERM');
  console.log(`已通知开发服务器停止（pid ${pid}）。Asked the dev server to stop (pid ${pid}).`);
  return 0;
}

if (require.main === module) {
  const command = process.argv[2];
  if (command === 'start') {
    start().then(
      (code) => process.exit(code),
      (err: unknown) => {
        console.error(err instanceof DeployOptionError ? err.message : err);
        process.exit(1);
      },
    );
  } else if (command === 'stop') {
    process.exit(stop());
  } else {
    console.error('usage: tsx scripts/dev.ts start|stop');
    process.exit(2);
  }
}
