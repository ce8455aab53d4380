// Real reports, broken at random: rows and cells dropped, spans and merges scrambled, texts
// replaced by full-width digits, units, dashes and junk, paragraphs removed. Whatever comes in,
// reading, checking, planning fixes and marks, applying them and reading the result again must
// not throw, and every finding must keep the contract's shape.
import { check } from '../../src/core/check';
import type { Finding } from '../../src/core/finding';
import { planFixes, planMarks } from '../../src/core/fix';
import { addMarks, clearMarks } from '../../src/hosts/docx/marks';
import { readDocx } from '../../src/hosts/docx/read';
import { applyPlan, saveDocx } from '../../src/hosts/docx/write';
import { cleanReport, generateReport, reportToDocSpec, rng } from '../fixtures/report';
import { buildDocx, type BlockSpec, type CellSpec, type DocSpec } from '../fixtures/spec';

const NOISE = [
  '',
  ' ',
  '\u3000',
  '１２',
  '3 件',
  '—',
  '-',
  '/',
  '无',
  '若干',
  '1.5',
  '-2',
  '12万元',
  '总计',
  '（七）总计',
  '三、收到和处理政府信息公开申请情况',
  'x',
];

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)] as T;
}

function mutateCell(next: () => number, cell: CellSpec): CellSpec {
  const base = typeof cell === 'string' ? { text: cell } : { ...cell };
  const r = next();
  if (r < 0.3) base.text = pick(next, NOISE);
  else if (r < 0.4) base.span = 1 + Math.floor(next() * 3);
  else if (r < 0.5) base.vMerge = next() < 0.5 ? 'restart' : 'continue';
  else if (r < 0.55) delete base.vMerge;
  return base;
}

function mutate(spec: DocSpec, seed: number): DocSpec {
  const next = rng(seed);
  const blocks: BlockSpec[] = [];
  for (const block of spec.blocks) {
    if ('p' in block) {
      if (next() < 0.08) continue;
      blocks.push(next() < 0.05 ? { ...block, p: pick(next, NOISE) } : block);
      continue;
    }
    if (next() < 0.1) continue;
    const rows = block.table.rows
      .filter(() => next() > 0.08)
      .map((row) =>
        row.filter(() => next() > 0.05).map((c) => (next() < 0.15 ? mutateCell(next, c) : c)),
      )
      .filter((row) => row.length > 0);
    if (rows.length > 0) blocks.push({ table: { ...block.table, rows, gridBefore: undefined } });
  }
  return { blocks };
}

function wellFormed(f: Finding): void {
  expect(typeof f.rule).toBe('string');
  expect(['error', 'warning']).toContain(f.severity);
  expect(f.message).toMatch(/[\u4e00-\u9fa5]/);
  expect(['s1', 's2', 's3', 's4', 's5', 's6']).toContain(f.section);
}

const BASES: { name: string; spec: () => DocSpec }[] = [
  { name: 'clean 2019', spec: () => reportToDocSpec(cleanReport(2019)) },
  { name: 'clean 2021', spec: () => reportToDocSpec(cleanReport(2021)) },
  {
    name: 'generated with errors',
    spec: () =>
      reportToDocSpec(
        generateReport({ version: 2021, year: 2022, agency: '某局', seed: 7, errors: 3 }),
      ),
  },
];

describe.each(BASES)('$name, broken at random', ({ spec }) => {
  it.each(Array.from({ length: 25 }, (_, i) => i + 1))(
    'variant %i: no crash, findings well formed',
    async (seed) => {
      const docx = await buildDocx(mutate(spec(), seed));
      const file = await readDocx(docx);
      const { report, findings } = check(file.model);
      findings.forEach(wellFormed);

      const fixed = applyPlan(file, planFixes(report, findings));
      const marked = addMarks(
        fixed,
        planMarks(check(fixed.model).report, check(fixed.model).findings),
      );
      const again = await readDocx(await saveDocx(marked));
      check(again.model).findings.forEach(wellFormed);
      // Clearing the marks gives back the fixed document exactly.
      expect(clearMarks(marked).documentXml).toBe(fixed.documentXml);
    },
  );
});
