// Findings → an edit plan and marks, with every address resolved against the report, so that hosts
// only move data: they never decide where a fix goes.

import { SECTIONS, type SectionKey, type TableKey } from './format';
import type { CellKeyRef, Finding } from './finding';
import type { CellAddress, DocCell, DocModel, DocTable } from './model';
import type { Anchor, Edit, EditPlan, Mark } from './plan';
import { addrKey, cellAddress, markedCells } from './locate';
import type { Report } from './report';

// Hosts read addresses from here; where a finding points is core/locate.ts.
export { addrKey, cellAddress };

/**
 * The one definition of a safe fix (spec/rules.md): it writes only what the document itself
 * determines, so 全部修复, 修复此类 and `gouji fix` apply it unasked. Other fixes are suggestions.
 */
export function isSafe(f: Finding): boolean {
  return f.fix?.safe === true;
}

/** The cell an address names in a model; a nested table's cell through its path of outer cells. */
export function cellAt(model: DocModel, addr: CellAddress): DocCell | undefined {
  let table: DocTable | undefined = model.tables[addr.table];
  for (const step of addr.path ?? [])
    table = table?.rows[step.row]?.cells[step.cell]?.tables?.[step.table];
  return table?.rows[addr.row]?.cells[addr.cell];
}

const DATE_LINE = /^[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日$/;

/**
 * The last block of a section's content, skipping the signature and date that close a report
 * (a new last section goes above them).
 */
function lastContentBlock(report: Report, key: SectionKey): number | null {
  const blocks = report.model.blocks;
  const start = report.sections.find((s) => s.key === key)?.block;
  if (start === undefined) return null;
  const nextStarts = report.sections
    .filter((s) => s.found && s.block !== undefined && s.block > start)
    .map((s) => s.block as number);
  let end = (nextStarts.length ? Math.min(...nextStarts) : blocks.length) - 1;
  const isLast = nextStarts.length === 0;
  const text = (b: number): string => {
    const block = blocks[b];
    return block && block.kind === 'paragraph'
      ? block.text.replace(/[\s\u00a0\u3000]+/g, '')
      : '\u0000';
  };
  // Trailing empty paragraphs never count as content.
  while (end > start && text(end) === '') end--;
  if (isLast && end > start && DATE_LINE.test(text(end))) {
    end--;
    while (end > start && text(end) === '') end--;
    // The agency's name above the date: a short line that is not a sentence.
    const name = text(end);
    if (end > start && name.length > 0 && name.length <= 30 && !/[。，；：]/.test(name)) end--;
    while (end > start && text(end) === '') end--;
  }
  return end;
}

function anchorAfterBlock(report: Report, b: number): Anchor {
  const block = report.model.blocks[b];
  if (!block) return { position: 'end' };
  return block.kind === 'paragraph'
    ? { position: 'after', paragraph: block.index }
    : { position: 'after', table: block.index };
}

function anchorBeforeBlock(report: Report, b: number): Anchor {
  const block = report.model.blocks[b];
  if (!block) return { position: 'end' };
  return block.kind === 'paragraph'
    ? { position: 'before', paragraph: block.index }
    : { position: 'before', table: block.index };
}

/** Where a missing section goes: after the previous section present, else before the next one. */
export function sectionAnchor(report: Report, key: SectionKey): Anchor {
  const order = SECTIONS.map((s) => s.key);
  const at = order.indexOf(key);
  for (let i = at - 1; i >= 0; i--) {
    const prev = order[i];
    if (prev && report.sections.find((s) => s.key === prev)?.found) {
      const end = lastContentBlock(report, prev);
      if (end !== null) return anchorAfterBlock(report, end);
    }
  }
  for (let i = at + 1; i < order.length; i++) {
    const next = report.sections.find((s) => s.key === order[i]);
    if (next?.found && next.block !== undefined)
      return anchorBeforeBlock(report, Math.floor(next.block));
  }
  return { position: 'end' };
}

/** Where a missing table goes: right after its section's heading. */
function tableAnchor(report: Report, key: SectionKey): Anchor {
  const s = report.sections.find((x) => x.key === key);
  if (s?.paragraph !== undefined) return { position: 'after', paragraph: s.paragraph };
  if (s?.cell) return { position: 'after', table: s.cell.table };
  return sectionAnchor(report, key);
}

/**
 * A template is inserted only where nothing of it is there: not over a section found (however
 * misspelled), a paragraph or cell holding its title, or its table; nor over a table found or a
 * table that resembles it. A duplicate 四 with an all-zero table is worse than no insert.
 */
function mayInsertSection(report: Report, key: SectionKey): boolean {
  const s = report.sections.find((x) => x.key === key);
  if (!s || s.found || s.candidate) return false;
  const table = SECTIONS.find((d) => d.key === key)?.table;
  return !table || (!report.tables[table] && !report.tableCandidates?.[table]);
}

function mayInsertTable(report: Report, table: TableKey): boolean {
  return !report.tables[table] && !report.tableCandidates?.[table];
}

/** The fixes of `findings` as one plan: one edit per cell or heading, inserts last. */
export function planFixes(report: Report, findings: readonly Finding[]): EditPlan {
  const cells = new Map<string, Edit>();
  const headings = new Map<SectionKey, { edit: Edit; official: boolean }>();
  const inserts: Edit[] = [];
  const inserted = new Set<string>();

  for (const f of findings) {
    const fix = f.fix;
    if (!fix) continue;
    switch (fix.kind) {
      case 'set-cell': {
        const ref: CellKeyRef = { table: fix.table, row: fix.row, column: fix.column };
        const addr = cellAddress(report, ref);
        if (addr && !cells.has(addrKey(addr))) {
          cells.set(addrKey(addr), { kind: 'set-cell', addr, value: fix.value, ref });
        }
        break;
      }
      case 'rename-heading': {
        const s = report.sections.find((x) => x.key === fix.section);
        if (!s?.found) break;
        // The official heading (section-title) also mends the numbering: it wins over a renumbering.
        const official = f.rule === 'section-title';
        const prior = headings.get(fix.section);
        if (prior && (prior.official || !official)) break;
        headings.set(fix.section, {
          official,
          edit: {
            kind: 'rename-heading',
            section: fix.section,
            ...(s.paragraph !== undefined ? { paragraph: s.paragraph } : {}),
            ...(s.cell ? { cell: s.cell } : {}),
            text: fix.value,
          },
        });
        break;
      }
      case 'insert-section': {
        if (inserted.has(fix.section) || !mayInsertSection(report, fix.section)) break;
        inserted.add(fix.section);
        inserts.push({
          kind: 'insert-section',
          section: fix.section,
          version: fix.version,
          anchor: sectionAnchor(report, fix.section),
        });
        break;
      }
      case 'insert-table': {
        if (inserted.has(fix.table) || !mayInsertTable(report, fix.table)) break;
        inserted.add(fix.table);
        inserts.push({
          kind: 'insert-table',
          table: fix.table,
          version: fix.version,
          anchor: tableAnchor(report, fix.section),
        });
        break;
      }
    }
  }
  return { edits: [...cells.values(), ...[...headings.values()].map((h) => h.edit), ...inserts] };
}

/** One mark per flagged cell or paragraph; an error outranks a warning on the same place. */
export function planMarks(report: Report, findings: readonly Finding[]): Mark[] {
  const marks = new Map<string, Mark>();
  const put = (key: string, mark: Mark): void => {
    const prior = marks.get(key);
    if (!prior || (prior.severity === 'warning' && mark.severity === 'error')) marks.set(key, mark);
  };
  for (const f of findings) {
    const base = { rule: f.rule, severity: f.severity, message: f.message };
    const refs = markedCells(f);
    if (f.paragraph !== undefined && (refs.length === 0 || f.quote)) {
      put(`p:${f.paragraph}`, { ...base, paragraph: f.paragraph });
      continue;
    }
    for (const ref of refs) {
      const addr = cellAddress(report, ref);
      if (addr) put(`c:${addrKey(addr)}`, { ...base, cell: addr });
    }
  }
  return [...marks.values()];
}
