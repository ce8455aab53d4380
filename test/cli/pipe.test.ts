// `gouji check --json … | tool`: the whole JSON reaches a pipe whose reader is slow, well past the
// 64 KiB a pipe buffers (the command used to exit before stdout drained).

import { spawn } from 'child_process';
import * as path from 'path';
import type { FileResult } from '../../src/cli/check-file';
import { run } from './run';

jest.setTimeout(60_000);

const BIN = path.resolve(__dirname, '../../bin/gouji.js');
const FIX = path.resolve(__dirname, '../fixtures');

function slowRead(args: string[]): Promise<{ code: number | null; out: Buffer }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    // A reader that starts late: the pipe fills and the rest waits in the writer.
    child.stdout.pause();
    setTimeout(() => child.stdout.resume(), 3000);
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out: Buffer.concat(chunks) }));
  });
}

test('check --json through a slow pipe: complete JSON far beyond 64 KiB, and the exit code', async () => {
  const files = Array.from({ length: 6 }, () => path.join(FIX, 'seed-002.docx'));
  const { code, out } = await slowRead(['check', '--json', ...files]);
  expect(out.length).toBeGreaterThan(256 * 1024);
  // Exactly what the command prints when nothing stands between it and its output.
  const direct = await run(['check', '--json', ...files]);
  expect(JSON.parse(out.toString('utf8')) as FileResult[]).toEqual(JSON.parse(direct.out));
  expect(code).toBe(direct.code);
  expect(code).toBe(1);
});

test('a reader that goes away early (`| head`): a quiet stop, exit 2, no stack trace', async () => {
  const files = Array.from({ length: 6 }, () => path.join(FIX, 'seed-002.docx'));
  const { code, err } = await new Promise<{ code: number | null; err: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, 'check', '--json', ...files], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    child.stderr.on('data', (c: Buffer) => (text += c.toString('utf8')));
    child.stdout.once('data', () => child.stdout.destroy());
    child.on('close', (c) => resolve({ code: c, err: text }));
  });
  expect(err).toBe('');
  expect(code).toBe(2);
});
