// Reading a table cell as a number. Agencies write "３", " 0 ", "1,200", "156059.82元", "230.37万",
// "—", "/", "无"; a blank is an error of its own, and so is text like "若干".

import type { ParsedNumber } from '../report';
import { fold, stripSpaces } from './text';

/** Texts that stand for zero (a dash, a slash, "无"): flagged, but read as 0 in sums. */
const ZERO_PLACEHOLDERS = new Set([
  '-',
  '—',
  '——',
  '–',
  '－',
  '/',
  '／',
  '无',
  '无。',
  '暂无',
  '0件',
]);

/** True for a text of ASCII digits only ("0", "12"), the way most cells are written. */
function isPlainCount(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** The value of a text of ASCII digits only, as parseCell reads it (counts and amounts alike); else null. */
export function plainCount(text: string): number | null {
  const n = text.length;
  // Up to 15 digits the sum is exact (below 2^53) and equals Number(text), without its runtime call.
  if (n === 0 || n > 15) return isPlainCount(text) ? Number(text) : null;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return null;
    value = value * 10 + (c - 0x30);
  }
  return value;
}

export function parseCell(text: string, opts: { money?: boolean } = {}): ParsedNumber {
  // Read as the regexes below would read it, without their copies (counts and amounts alike).
  if (isPlainCount(text)) return { kind: 'number', value: Number(text) };
  const compact = stripSpaces(text);
  if (compact === '') return { kind: 'blank', value: null };
  if (ZERO_PLACEHOLDERS.has(compact)) return { kind: 'placeholder', value: null };
  const folded = fold(compact)
    .replace(/,/g, '')
    .replace(/^[−－]/, '-');
  if (opts.money) {
    const m = /^([+-]?\d+(?:\.\d+)?)(万元|万|元)?$/.exec(folded);
    if (m) {
      const unit = m[2] === '元' ? '元' : m[2] ? '万元' : undefined;
      return unit
        ? { kind: 'number', value: Number(m[1]), unit }
        : { kind: 'number', value: Number(m[1]) };
    }
    return { kind: 'text', value: null };
  }
  // A count may carry its measure word ("3件"); a sign is kept so cell-negative can see it.
  const m = /^([+-]?\d+(?:\.\d+)?)(件|个|项|条|次)?$/.exec(folded);
  if (m) return { kind: 'number', value: Number(m[1]) };
  return { kind: 'text', value: null };
}

/** A number as the document would show it: integers plain, others without float noise. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Math.round(n * 1e6) / 1e6);
}
