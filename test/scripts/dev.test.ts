// `npm start` with its port taken: a clear Chinese message and exit 1, before any server starts
// (no "running" banner, no stack trace); the sideloaded manifest follows GOUJI_PORT.

import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import * as net from 'net';
import type { AddressInfo } from 'net';
import * as path from 'path';
import { devManifest, portTaken, portTakenMessage } from '../../scripts/dev';
import { manifestUrls } from '../../scripts/deploy-options';

const ROOT = path.join(__dirname, '..', '..');

let holder: net.Server;
let port: number;

beforeAll(async () => {
  holder = net.createServer();
  await new Promise<void>((resolve) => holder.listen(0, 'localhost', resolve));
  port = (holder.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => holder.close(() => resolve())));

test('portTaken sees a listening port, and a free one as free', async () => {
  expect(await portTaken(port)).toBe(true);
  const free = net.createServer();
  await new Promise<void>((resolve) => free.listen(0, 'localhost', resolve));
  const freePort = (free.address() as AddressInfo).port;
  await new Promise<void>((resolve) => free.close(() => resolve()));
  expect(await portTaken(freePort)).toBe(false);
});

test('npm start on a taken port: the Chinese message, exit 1, no banner, no stack trace', () => {
  const tsx = require.resolve('tsx/cli', { paths: [ROOT] });
  const r = spawnSync(process.execPath, [tsx, 'scripts/dev.ts', 'start'], {
    cwd: ROOT,
    env: { ...process.env, GOUJI_PORT: String(port) },
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(r.status).toBe(1);
  expect(r.stderr.trim()).toBe(portTakenMessage(port));
  expect(r.stderr).toContain(`端口 ${port} 已被占用，开发服务器没有启动。`);
  expect(r.stdout).not.toContain('开发服务器已启动');
  expect(r.stderr).not.toMatch(/\n\s+at /);
});

test('the dev manifest follows the port', () => {
  expect(devManifest(3000)).toBe(path.join(ROOT, 'manifest.xml'));
  const file = devManifest(3443);
  const urls = manifestUrls(readFileSync(file, 'utf8'));
  expect(urls.length).toBeGreaterThanOrEqual(10);
  expect(urls.every((u) => u.startsWith('https://localhost:3443'))).toBe(true);
});
