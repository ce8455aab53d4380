// The layer guard of eslint.config.mjs and tsconfig.core.json, proved on files placed where the
// project's own `npm run lint` and `npm run typecheck` look: a temporary module inside src/core
// (and src/hosts), linted by the ESLint command line as npm runs it, then removed.

import { execFile } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const ESLINT = join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

const CORE_LAYERS =
  'src/core is the engine: it imports no host, no UI and no command (hosts, taskpane, checker, cli, review depend on core, never the reverse).';
const CORE_UI =
  'src/core imports no UI library (React, Fluent UI, zustand): the pane renders what core returns.';
const CORE_NODE =
  'src/core imports no Node module: it also runs in the browser and in a web worker; the host reads files.';
const CORE_OFFICE =
  'src/core knows no Office.js: src/hosts/word is the only code that touches Word.';
const HOST_UI =
  'Hosts import no UI: the pane and the checker page call hosts through the PaneHost contract (hosts/pane-host), never the reverse.';

interface Message {
  line: number;
  ruleId: string | null;
  message: string;
}

const created: string[] = [];

/** Writes `source` at `path` (relative to the repository) for the length of the test. */
function place(path: string, source: string): string {
  const file = join(ROOT, path);
  created.push(file);
  writeFileSync(file, source);
  return file;
}

afterEach(() => {
  for (const file of created.splice(0)) rmSync(file, { force: true });
});

/** Lints one file as `npm run lint` does; ESLint exits 1 when it finds an error. */
async function lint(file: string): Promise<{ code: number; messages: Message[] }> {
  const args = [ESLINT, '--format', 'json', relative(ROOT, file)];
  let stdout: string;
  let code = 0;
  try {
    ({ stdout } = await run(process.execPath, args, { cwd: ROOT }));
  } catch (err: unknown) {
    const failed = err as { code?: number; stdout?: string };
    code = failed.code ?? -1;
    stdout = failed.stdout ?? '';
  }
  const [result] = JSON.parse(stdout) as { messages: Message[] }[];
  return {
    code,
    messages: result.messages.map(({ line, ruleId, message }) => ({ line, ruleId, message })),
  };
}

const restricted = (line: number, source: string, message: string): Message => ({
  line,
  ruleId: '@typescript-eslint/no-restricted-imports',
  message: `'${source}' import is restricted from being used by a pattern. ${message}`,
});

jest.setTimeout(60_000);

test('a core module that imports a host, the pane, React, fs or Office.js fails the lint', async () => {
  const file = place(
    `src/core/lint-guard-probe-${process.pid}.ts`,
    [
      "import { readDocx } from '../hosts/docx/read';",
      "import type { PaneHost } from '../taskpane/host';",
      "import { useState } from 'react';",
      "import { readFileSync } from 'fs';",
      "import { join } from 'node:path';",
      "import type {} from 'office-js';",
      '',
      'export function probe(table: Word.Table): unknown {',
      '  return [readDocx, useState, readFileSync, join, table] as unknown as PaneHost;',
      '}',
      '',
    ].join('\n'),
  );
  const { code, messages } = await lint(file);
  expect(code).toBe(1);
  expect(messages).toEqual([
    restricted(1, '../hosts/docx/read', CORE_LAYERS),
    restricted(2, '../taskpane/host', CORE_LAYERS),
    restricted(3, 'react', CORE_UI),
    {
      line: 4,
      ruleId: '@typescript-eslint/no-restricted-imports',
      message: `'fs' import is restricted from being used. ${CORE_NODE}`,
    },
    restricted(5, 'node:path', CORE_NODE),
    restricted(6, 'office-js', CORE_OFFICE),
    { line: 8, ruleId: 'no-restricted-syntax', message: CORE_OFFICE },
  ]);
});

test('a core module that touches the DOM, Node or Office.js globals fails the lint', async () => {
  const file = place(
    `src/core/lint-guard-probe-${process.pid}.ts`,
    [
      'export function probe(): unknown {',
      '  return [window.innerWidth, process.env, Office.context];',
      '}',
      '',
    ].join('\n'),
  );
  const { code, messages } = await lint(file);
  expect(code).toBe(1);
  expect(messages).toEqual([
    {
      line: 2,
      ruleId: 'no-restricted-globals',
      message:
        "Unexpected use of 'window'. src/core uses no DOM: it also runs in Node and in a web worker.",
    },
    {
      line: 2,
      ruleId: 'no-restricted-globals',
      message: `Unexpected use of 'process'. ${CORE_NODE}`,
    },
    {
      line: 2,
      ruleId: 'no-restricted-globals',
      message: `Unexpected use of 'Office'. ${CORE_OFFICE}`,
    },
  ]);
});

test('a core module that imports core and saxes passes', async () => {
  const file = place(
    `src/core/lint-guard-probe-${process.pid}.ts`,
    [
      "import { SaxesParser } from 'saxes';",
      "import { LIMITS } from './limits';",
      "import type { Finding } from './finding';",
      '',
      'export const probe: [unknown, unknown, Finding[]] = [SaxesParser, LIMITS, []];',
      '',
    ].join('\n'),
  );
  expect(await lint(file)).toEqual({ code: 0, messages: [] });
});

test('a host that imports the pane or React fails the lint; the PaneHost contract and core are allowed', async () => {
  const file = place(
    `src/hosts/lint-guard-probe-${process.pid}.ts`,
    [
      "import type { PaneHost } from './pane-host';",
      "import { outcomeOf } from '../core/outcome';",
      "import { Pane } from '../taskpane/Pane';",
      "import { useState } from 'react';",
      "import { startChecker } from '../checker/service';",
      '',
      'export const probe = [outcomeOf, Pane, useState, startChecker] as unknown as PaneHost;',
      '',
    ].join('\n'),
  );
  const { code, messages } = await lint(file);
  expect(code).toBe(1);
  expect(messages).toEqual([
    restricted(3, '../taskpane/Pane', HOST_UI),
    restricted(4, 'react', HOST_UI),
    restricted(5, '../checker/service', HOST_UI),
  ]);
});

test('core compiles without DOM, Node or Office.js types (tsconfig.core.json)', async () => {
  place(
    `src/core/lint-guard-probe-${process.pid}.ts`,
    "export const probe = [document.title, Buffer.from('a')];\nexport type Probe = Word.Table;\n",
  );
  const failed = await run(process.execPath, [TSC, '-p', 'tsconfig.core.json'], {
    cwd: ROOT,
  }).then(
    () => null,
    (err: { stdout?: string }) => err.stdout ?? '',
  );
  const codes = (failed ?? '').match(/error TS\d+/g);
  expect(codes).toEqual(['error TS2584', 'error TS2591', 'error TS2503']);
});
