// The findings the four sum rules make from the solving stage (core/solve): a blank total the
// table determines, a written cell located as the one error, and failing relations whose error the
// table cannot place. Each rule keeps those of its own kind; the wording lives here once.

import type { CellKeyRef, Finding } from '../finding';
import type { TableKey } from '../format';
import { formatNumber } from '../recognize/numbers';
import type { CellSolution, Discrepancy, RelationKind, Solution, SumRelation } from '../solve';
import { cellName, columnName, rowName } from '../format/labels';

export type SumRule = 'row-total' | 'column-total' | 'balance' | 'appeals-total';

const RULE_OF: Record<RelationKind, SumRule> = {
  row: 'row-total',
  column: 'column-total',
  balance: 'balance',
  appeals: 'appeals-total',
};
const LISTED = 6;
const ORDER: RelationKind[] = ['row', 'column', 'balance', 'appeals'];

const section = (table: TableKey): 's3' | 's4' => (table === 'appeals' ? 's4' : 's3');
const name = (r: CellKeyRef): string => `“${cellName(r.table, r.row, r.column)}”`;
const shown = (s: CellSolution): string => s.cell.text.trim();

/** The rule that speaks for a total cell: the relation it states the sum of. */
function totalRule(ref: CellKeyRef): SumRule {
  if (ref.table === 'appeals') return 'appeals-total';
  return ref.column === 'total' ? 'row-total' : 'column-total';
}

/** "“一、本年新收”行：各类申请人之和与总计" — what a relation compares, for messages. */
export function relationText(rel: SumRelation): string {
  const t = rel.table;
  switch (rel.kind) {
    case 'row':
      return `“${rowName(t, rel.line)}”行的总计与各类申请人之和`;
    case 'column':
      return `“${columnName(t, rel.line)}”列的（七）总计与各办理结果之和`;
    case 'balance':
      return `“${columnName(t, rel.line)}”列的“一+二”与“（七）总计+四”`;
    case 'appeals':
      return `“${rowName(t, rel.line)}”的总计与维持、纠正、其他、尚未审结之和`;
  }
}

/** What a total sums up, named after the relation that states it. */
const SUM_OF: Record<Exclude<RelationKind, 'balance'>, string> = {
  row: '各类申请人之和',
  column: '各办理结果之和',
  appeals: '维持+纠正+其他+尚未审结',
};

/** Why a determined value is what it is: the relation that gave it, and the cell's place in it. */
function reason(by: SumRelation | undefined, ref: CellKeyRef): string {
  if (!by) return '由表中其他数字推算';
  const isTotal =
    by.total &&
    by.total.row === ref.row &&
    by.total.column === ref.column &&
    by.total.table === ref.table;
  if (isTotal && by.kind !== 'balance') return SUM_OF[by.kind];
  switch (by.kind) {
    case 'row':
      return '由该行总计及其他各格推算';
    case 'column':
      return '由该列（七）总计及其他各格推算';
    case 'balance':
      return '由“一+二=（七）+四”推算';
    case 'appeals':
      return '由该项总计及其他各格推算';
  }
}

/** "“一、本年新收”行的总计应为 46（各类申请人之和），表中为空白" */
function totalMessage(solution: Solution, s: CellSolution, value: string): string {
  const { ref } = s;
  const own: Exclude<RelationKind, 'balance'> =
    ref.table === 'appeals' ? 'appeals' : ref.column === 'total' ? 'row' : 'column';
  // Say "the sum of its parts" whenever its own parts are known and give this value, whichever
  // relation the solver happened to read first.
  const ownRel = solution.relations.find(
    (r) => r.kind === own && r.total?.row === ref.row && r.total.column === ref.column,
  );
  const parts = ownRel?.parts.map((p) => solution.value(p.table as 'requests', p.row, p.column));
  const fromParts =
    parts !== undefined &&
    parts.every((v) => v !== null) &&
    formatNumber((parts as number[]).reduce((a, b) => a + b, 0)) === value;
  const why = fromParts || !s.by ? SUM_OF[own] : reason(s.by, ref);
  const text = shown(s);
  const what =
    s.cell.kind === 'blank'
      ? '表中为空白'
      : s.cell.kind === 'number'
        ? `表中为 ${text}`
        : `表中为“${text}”`;
  const head =
    own === 'row'
      ? `“${rowName(ref.table, ref.row)}”行的总计`
      : own === 'column'
        ? `“${columnName(ref.table, ref.column)}”列的（七）总计`
        : `“${rowName(ref.table, ref.row)}”的总计`;
  return `${head}应为 ${value}（${why}），${what}`;
}

/** A blank total whose value the table determines: reported by the sum rule, with a safe fix. */
function isBlankTotal(s: CellSolution): boolean {
  return (
    s.total &&
    (s.state === 'determined' || s.state === 'presumed') &&
    s.cell.kind === 'blank' &&
    s.value !== null
  );
}

function blankTotal(solution: Solution, s: CellSolution, rule: SumRule): Finding {
  const value = formatNumber(s.value as number);
  const safe = s.state === 'determined';
  return {
    rule,
    severity: 'error',
    message: safe
      ? totalMessage(solution, s, value)
      : `${totalMessage(solution, s, value)}；这是把空白格按 0 计算的结果，请先核实空白格`,
    section: section(s.ref.table),
    ...s.ref,
    expected: value,
    actual: '',
    culprit: s.ref,
    fix: { kind: 'set-cell', safe, ...s.ref, value },
  };
}

/** The rule of a located error: a total's own sum rule, else the first relation it breaks. */
function homeRule(s: CellSolution): SumRule {
  if (s.total) return totalRule(s.ref);
  const kinds = (s.breaks ?? []).map((r) => r.kind);
  const first = ORDER.find((k) => kinds.includes(k));
  return first ? RULE_OF[first] : totalRule(s.ref);
}

/** A written cell located as the error of the table, with its determined correction. */
function wrongCell(solution: Solution, s: CellSolution, rule: SumRule): Finding {
  const value = formatNumber(s.value as number);
  const breaks = (s.breaks ?? []).map(relationText).join('、');
  const head = s.total
    ? totalMessage(solution, s, value)
    : `${name(s.ref)}应为 ${value}，表中为 ${shown(s)}：${breaks}不符，改这一格即全部相符`;
  const others = s.alternatives ?? [];
  const doubt =
    s.certain || others.length === 0
      ? ''
      : `；但改${others.slice(0, LISTED).map(name).join('、')}${others.length > LISTED ? '等' : ''}也能相符，表中数字不能确定是哪一格，请核对后再改`;
  return {
    rule,
    severity: 'error',
    message: head + doubt,
    section: section(s.ref.table),
    ...s.ref,
    expected: value,
    actual: shown(s),
    culprit: s.ref,
    ...(others.length && !s.certain ? { related: others } : {}),
    fix: { kind: 'set-cell', safe: s.certain === true, ...s.ref, value },
  };
}

function candidatesText(d: Discrepancy): string {
  if (d.candidates.length === 0) return '表中不符之处较多，无法确定是哪一格，请逐项核对';
  const names = d.candidates.slice(0, LISTED).map(name).join('、');
  const more = d.candidates.length > LISTED ? `等 ${d.candidates.length} 格` : '';
  return d.candidates.length === 1
    ? `请核对${names}`
    : `差额可能在以下任一格，表中数字无法确定是哪一格，请核对：${names}${more}`;
}

/** The written sum of a relation's parts and its written total, where all are written. */
function sides(
  solution: Solution,
  rel: SumRelation,
): { left: number; right: number; leftText: string; rightText: string } | null {
  const val = (r: CellKeyRef): number | null => {
    const s = solution.cell(r);
    return s && (s.state === 'written' || s.state === 'suspect') ? s.value : null;
  };
  const vals = rel.parts.map(val);
  if (vals.some((v) => v === null)) return null;
  const nums = vals as number[];
  if (rel.kind === 'balance') {
    const [a = 0, b = 0, c = 0, d = 0] = nums;
    return { left: a + b, right: c + d, leftText: '一+二', rightText: '（七）总计+四' };
  }
  const total = rel.total ? val(rel.total) : null;
  if (total === null) return null;
  const partsName = { row: '各类申请人之和', column: '各办理结果之和', appeals: '分项之和' }[
    rel.kind
  ];
  return {
    left: nums.reduce((x, y) => x + y, 0),
    right: total,
    leftText: partsName,
    rightText: rel.kind === 'column' ? '（七）总计' : '总计',
  };
}

/** A failing relation whose error the table cannot place: said once, with the cells to check. */
function discrepancy(solution: Solution, d: Discrepancy, rule: SumRule): Finding {
  const rel = d.relations[0] as SumRelation;
  const s = sides(solution, rel);
  const stated = s
    ? `${relationText(rel)}不符（${s.leftText}为 ${s.left}，${s.rightText}为 ${s.right}）`
    : `${relationText(rel)}不符`;
  const also = d.relations.slice(1).map(relationText).join('、');
  const vouch = d.corroborating.length
    ? `；${d.corroborating.map(relationText).join('、')}相符，印证了${rel.total ? name(rel.total) : '总计'}，差额应在分项中`
    : '';
  const message = `${stated}${also ? `，${also}也因此不符` : ''}${vouch}。${candidatesText(d)}`;
  const where: Partial<Finding> =
    rel.kind === 'balance' ? { column: rel.line } : { ...(rel.total ?? {}) };
  return {
    rule,
    severity: 'error' as const,
    message,
    section: section(rel.table),
    table: rel.table,
    ...where,
    ...(s ? { expected: formatNumber(s.left), actual: formatNumber(s.right) } : {}),
    related: d.candidates.length ? d.candidates : rel.total ? [rel.total, ...rel.parts] : rel.parts,
  };
}

type ByRule = Record<SumRule, Finding[]>;

function byRule(): ByRule {
  return { 'row-total': [], 'column-total': [], balance: [], 'appeals-total': [] };
}

// Made once per solution for the four sum rules: one walk over its cells instead of eight.
const made = new WeakMap<Solution, ByRule>();

function allSumFindings(solution: Solution): ByRule {
  const wrong = byRule();
  const blank = byRule();
  for (const s of solution.cells) {
    if (s.state === 'wrong' && s.value !== null) {
      const rule = homeRule(s);
      wrong[rule].push(wrongCell(solution, s, rule));
    }
    if (isBlankTotal(s)) {
      const rule = totalRule(s.ref);
      blank[rule].push(blankTotal(solution, s, rule));
    }
  }
  const out = byRule();
  for (const rule of Object.keys(out) as SumRule[]) {
    const found = out[rule];
    for (const f of wrong[rule]) found.push(f);
    for (const d of solution.discrepancies) {
      if (d.relations[0] && RULE_OF[d.relations[0].kind] === rule)
        found.push(discrepancy(solution, d, rule));
    }
    for (const f of blank[rule]) found.push(f);
  }
  return out;
}

/** Every finding of one sum rule, in table order. */
export function sumFindings(solution: Solution, rule: SumRule): readonly Finding[] {
  let all = made.get(solution);
  if (!all) made.set(solution, (all = allSumFindings(solution)));
  return all[rule];
}

/** Cells whose finding a sum rule makes (cell rules stay silent on them). */
export function ownedBySums(solution: Solution, ref: CellKeyRef): boolean {
  const s = solution.cell(ref);
  return (
    !!s &&
    s.total &&
    (s.state === 'determined' || s.state === 'presumed') &&
    s.value !== null &&
    s.cell.kind === 'blank'
  );
}
