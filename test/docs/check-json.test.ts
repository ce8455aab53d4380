// docs/check-json.md against the code: the rule table is the catalogue as the engine has it (ids in
// report order, Chinese names, severities), and the fields it describes are exactly those that
// `gouji check --json` prints over every fixture, an unreadable file, a document that is not a
// report, and a --previous that does not fit.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { RULES } from '../../src/core/rules';
import { RULE_TITLES } from '../../src/core/rules/names';
import { buildDocx } from '../fixtures/spec';
import { run } from '../cli/run';

const DOC = readFileSync(path.join(__dirname, '..', '..', 'docs', 'check-json.md'), 'utf8');
const FIXTURES = path.join(__dirname, '..', 'fixtures');

/** The rows of the first Markdown table after `heading`, as arrays of cell texts. */
function tableAfter(heading: string): string[][] {
  const start = DOC.indexOf(`\n${heading}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const lines = DOC.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(first + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split(' | ')
        .map((c) => c.trim()),
    );
  }
  return rows;
}

/** The names in backticks of a table cell: "`row`, `column`" → row, column. */
const codes = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');

type Json = Record<string, unknown>;

let results: Json[];
let work: string;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'gouji-doc-'));
  const broken = path.join(work, '损坏.docx');
  writeFileSync(broken, 'not a zip');
  const letter = path.join(work, '通知.docx');
  writeFileSync(
    letter,
    await buildDocx({
      blocks: [
        { p: '关于召开季度工作会议的通知', role: 'title' },
        { p: '各科室：定于下周一上午九时召开季度工作会议，请准时参加。', role: 'body' },
      ],
    }),
  );
  const fixtures = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.docx'))
    .map((f) => path.join(FIXTURES, f));
  const all = await run(['check', '--json', ...fixtures, broken, letter]);
  const previous = await run([
    'check',
    '--json',
    '--previous',
    path.join(FIXTURES, 'clean-2019.docx'),
    path.join(FIXTURES, 'error-carryover-mismatch.docx'),
  ]);
  results = [...(JSON.parse(all.out) as Json[]), ...(JSON.parse(previous.out) as Json[])];
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const keysOf = (objects: Json[]): string[] => [...new Set(objects.flatMap(Object.keys))].sort();
const findings = (): Json[] => results.flatMap((r) => r.findings as Json[]);

test('the rule table is the engine catalogue: ids in report order, Chinese names, severities', () => {
  const documented = tableAfter('## The rules').map(([id, name, severity]) => ({
    id: codes(id ?? '')[0],
    name,
    severity,
  }));
  expect(documented).toEqual(
    RULES.map(({ meta }) => ({ id: meta.id, name: RULE_TITLES[meta.id], severity: meta.severity })),
  );
});

test('the file object fields are those the command prints', () => {
  const documented = tableAfter('## A file object').flatMap(([field]) => codes(field ?? ''));
  expect(documented.sort()).toEqual(keysOf(results));
  expect(keysOf(results.flatMap((r) => r.sections as Json[]))).toEqual(['found', 'heading', 'key']);
});

test('the finding fields are those the command prints', () => {
  const documented = tableAfter('## A finding').flatMap(([field]) => codes(field ?? ''));
  expect(documented.sort()).toEqual(keysOf(findings()));
  const cells = findings().flatMap((f) => [
    ...(f.culprit ? [f.culprit as Json] : []),
    ...((f.related as Json[] | undefined) ?? []),
  ]);
  expect(keysOf(cells)).toEqual(['column', 'row', 'table']);
});

test('each fix kind carries the fields the fix table gives it, and safe', () => {
  const documented = new Map(
    tableAfter('### `fix`').map(([kind, fields]) => [
      codes(kind ?? '')[0],
      ['kind', 'safe', ...codes(fields ?? '')].sort(),
    ]),
  );
  const printed = new Map<string, string[]>();
  for (const f of findings()) {
    const fix = f.fix as Json | undefined;
    if (!fix) continue;
    expect(typeof fix.safe).toBe('boolean');
    const kind = String(fix.kind);
    printed.set(kind, [...new Set([...(printed.get(kind) ?? []), ...Object.keys(fix)])].sort());
  }
  expect(new Map([...printed].sort())).toEqual(new Map([...documented].sort()));
});
