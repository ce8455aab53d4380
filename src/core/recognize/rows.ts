// Which official row a table row is: by its label's numbering inside its group, its place after the
// row before, and the likeness of its words to the official label, together. An exact label is the
// common case; a typo ("2.其他法律行政止公开"), an abbreviation ("1.逾期不补正") or a label without
// its numbering is still read, and said to differ (table-label), never dropped.

import type { RowDef } from '../format';
import { parseLabel, type ParsedLabel } from './labels';
import { likeness } from './similarity';
import { normLabel, sameLabel } from './text';

/** Below this share of its words found in the official label, a numbered row is not that row. */
export const MIN_NUMBERED_CONTAINMENT = 0.34;
/** An unnumbered (or wrongly numbered) label must hold this share of an official label's words… */
export const MIN_FREE_CONTAINMENT = 0.6;
/** …and be this alike overall (so that "其他" alone does not pass for a long label). */
export const MIN_FREE_DICE = 0.45;

export interface OfficialRow {
  def: RowDef;
  label: ParsedLabel;
  /** The numeral of the def's group ("（三）不予公开" → 3), null for rows outside a group. */
  group: number | null;
  /** The official label, normalised (normLabel). */
  norm: string;
}

// The format's row lists are constant data: each is read into official rows once.
const officialOf = new WeakMap<readonly RowDef[], OfficialRow[]>();

export function officialRows(defs: readonly RowDef[]): OfficialRow[] {
  const known = officialOf.get(defs);
  if (known) return known;
  const rows = defs.map((def) => ({
    def,
    label: parseLabel(def.label) ?? { level: null, num: null, words: def.label },
    group: def.group ? (parseLabel(def.group)?.num ?? null) : null,
    norm: normLabel(def.label),
  }));
  officialOf.set(defs, rows);
  return rows;
}

// For each official label of a list of rows (normalised): the rows sameLabel matches it with.
const exactOf = new WeakMap<readonly OfficialRow[], Map<string, OfficialRow[]>>();

/**
 * The rows whose label `written` (normalised) is, in list order. A label written exactly as an
 * official one (the common case) is looked up; any other is compared with each row.
 */
export function sameLabelRows(written: string, rows: readonly OfficialRow[]): OfficialRow[] {
  let index = exactOf.get(rows);
  if (!index) {
    index = new Map();
    for (const o of rows)
      if (!index.has(o.norm))
        index.set(
          o.norm,
          rows.filter((x) => sameLabel(o.norm, x.norm)),
        );
    exactOf.set(rows, index);
  }
  return index.get(written) ?? rows.filter((o) => sameLabel(written, o.norm));
}

export interface RowMatch {
  def: RowDef;
  /** True when the label is the official one (up to spacing, width, quotes, a shortened tail). */
  exact: boolean;
}

export interface RowContext {
  /** The group numeral the row lies in ("（三）" → 3), from a merged cell or a group row above. */
  group: number | null;
  /** The key expected next in the official order (the row after the last one read). */
  next?: string;
  /** Keys already read: a second row with the same label is not read twice. */
  used: ReadonlySet<string>;
}

function likenessOf(p: ParsedLabel, o: OfficialRow): { containment: number; dice: number } {
  return likeness(p.words, o.label.words);
}

/** The official row a label names, or null. `label` is the row's innermost label cell. */
export function matchRow(label: string, rows: OfficialRow[], ctx: RowContext): RowMatch | null {
  // An official label read a second time is the same row again (the caller reports it), not a
  // typo of some other row.
  const written = normLabel(label);
  const exact = sameLabelRows(written, rows);
  if (exact.length > 0) {
    const pick =
      exact.find((o) => o.group === ctx.group && !ctx.used.has(o.def.key)) ??
      exact.find((o) => !ctx.used.has(o.def.key)) ??
      exact[0];
    return pick ? { def: pick.def, exact: true } : null;
  }
  const free = rows.filter((o) => !ctx.used.has(o.def.key));
  const p = parseLabel(label);
  if (!p || p.words.length === 0) return null;

  // Numbered: the row of that number in its group (or among the ungrouped rows of that level).
  if (p.level !== null && p.num !== null) {
    const sameNumber = free.filter((o) => {
      if (o.label.num !== p.num) return false;
      if (p.level === 'item')
        return o.label.level === 'item' && (ctx.group === null || o.group === ctx.group);
      return o.label.level === p.level && o.group === null;
    });
    let best: OfficialRow | null = null;
    let bestScore = MIN_NUMBERED_CONTAINMENT;
    for (const o of sameNumber) {
      const l = likenessOf(p, o);
      const score = l.containment + l.dice / 10;
      if (l.containment >= MIN_NUMBERED_CONTAINMENT && score >= bestScore) {
        best = o;
        bestScore = score;
      }
    }
    if (best) return { def: best.def, exact: false };
  }

  // Unnumbered, or numbered wrongly: the words decide, the place and the group break ties.
  let best: OfficialRow | null = null;
  let bestScore = 0;
  let tie = false;
  // A numbered item stays in the group it is written in: "9.其他" under （三） is not （六）3.其他.
  const inGroup = p.level === 'item' && ctx.group !== null;
  for (const o of free) {
    if (inGroup && o.group !== ctx.group) continue;
    const l = likenessOf(p, o);
    if (l.containment < MIN_FREE_CONTAINMENT || l.dice < MIN_FREE_DICE) continue;
    const score =
      l.dice +
      l.containment / 2 +
      (o.def.key === ctx.next ? 0.2 : 0) +
      (ctx.group !== null && o.group === ctx.group ? 0.1 : 0);
    if (score > bestScore + 1e-9) {
      best = o;
      bestScore = score;
      tie = false;
    } else if (Math.abs(score - bestScore) <= 1e-9) tie = true;
  }
  return best && !tie ? { def: best.def, exact: false } : null;
}
