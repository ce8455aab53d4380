// Pure helpers over findings that the pane's components share: grouping, counting, naming.

import { findingId } from '../core/check';
import type { Finding, RuleId, Severity } from '../core/finding';
import { SECTION_KEYS, type SectionKey } from '../core/format';
import type { CheckOutcome } from '../hosts/pane-host';
import type { Strings } from './i18n';

const INSERT_KINDS = new Set(['insert-section', 'insert-table']);

export function isInsert(f: Finding): boolean {
  return f.fix !== undefined && INSERT_KINDS.has(f.fix.kind);
}

/** A notice followed by why some edits were left to the user. */
export function withSkipped(notice: string, skipped: readonly string[]): string {
  return [notice, ...skipped].join(' ');
}

export function errorMessage(e: unknown, t: Strings): string {
  if (e instanceof Error && e.message) return e.message;
  if (typeof e === 'string' && e) return e;
  return t.unknownError;
}

/** The `data-cell` test contract: "table/row/column" for findings about one cell. */
export function cellAttr(f: Finding): string | undefined {
  return f.table && f.row && f.column ? `${f.table}/${f.row}/${f.column}` : undefined;
}

export function countBy(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}

export function findingsOf(outcome: CheckOutcome | null): Finding[] {
  return outcome && 'findings' in outcome ? outcome.findings : [];
}

/** The findings the pane lists: the host drops ignored ones itself, this hides one at once. */
export function visibleFindings(
  outcome: CheckOutcome | null,
  ignores: readonly string[],
): Finding[] {
  const ignored = new Set(ignores);
  return findingsOf(outcome).filter((f) => !ignored.has(findingId(f)));
}

/** Sections in the official order, errors before warnings, keeping the engine's order otherwise. */
export function groupBySection(findings: readonly Finding[]): [SectionKey | null, Finding[]][] {
  const groups = new Map<SectionKey | null, Finding[]>();
  for (const key of SECTION_KEYS) groups.set(key, []);
  for (const f of findings) {
    const key = (SECTION_KEYS as readonly string[]).includes(f.section) ? f.section : null;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  return [...groups.entries()]
    .filter(([, list]) => list.length > 0)
    .map(([key, list]) => [
      key,
      [
        ...list.filter((f) => f.severity === 'error'),
        ...list.filter((f) => f.severity !== 'error'),
      ],
    ]);
}

/** A rule with more findings than this in one section is shown as one collapsible group. */
export const GROUP_THRESHOLD = 3;
/** How many cards a collapsed group still shows. */
export const GROUP_PREVIEW = 2;

export type SectionEntry =
  | { kind: 'one'; finding: Finding }
  | { kind: 'group'; rule: RuleId; severity: Severity; findings: Finding[] };

/**
 * One section's findings (errors first) as cards and rule groups: a rule with more than
 * GROUP_THRESHOLD findings of one severity becomes a group where its first finding was; the
 * others stay where they were. Grouping by rule and severity keeps errors before warnings.
 */
export function groupByRule(findings: readonly Finding[]): SectionEntry[] {
  const bucketKey = (f: Finding) => `${f.rule}|${f.severity}`;
  const buckets = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = buckets.get(bucketKey(f)) ?? [];
    list.push(f);
    buckets.set(bucketKey(f), list);
  }
  const entries: SectionEntry[] = [];
  const placed = new Set<string>();
  for (const f of findings) {
    const k = bucketKey(f);
    const bucket = buckets.get(k) ?? [f];
    if (bucket.length <= GROUP_THRESHOLD) entries.push({ kind: 'one', finding: f });
    else if (!placed.has(k)) {
      placed.add(k);
      entries.push({ kind: 'group', rule: f.rule, severity: f.severity, findings: bucket });
    }
  }
  return entries;
}

/** An ignored id whose finding this session never saw (ignored in an earlier session). */
export function describeIgnoredId(
  id: string,
  t: Strings,
): { rule: string; section: string; text: string } {
  const [rule = '', section = '', table = '', row = '', column = '', quote = ''] = id.split('|');
  const ruleName = (t.rule as Record<string, string | undefined>)[rule] ?? rule;
  const where = [table, row, column].filter((s) => s !== '').join('/');
  const text = [ruleName, where, quote].filter((s) => s !== '').join(' · ');
  return { rule, section, text };
}
