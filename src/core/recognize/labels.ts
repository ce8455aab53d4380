// A table label's numbering, read apart from its words: "（三）不予公开" is the third group,
// "2.其他法律行政法规禁止公开" (or "2、", "2．") the second item of its group, "一、本年新收…" the
// first top-level row. Rows are recognised by this numbering, their place and their words together.

import { MAX_LABEL_CHARS } from '../limits';
import { normLabel } from './text';

export type LabelLevel = 'top' | 'group' | 'item';

export interface ParsedLabel {
  /** 'top' for "一、", 'group' for "（一）", 'item' for "1."; null when unnumbered. */
  level: LabelLevel | null;
  num: number | null;
  /** The words after the numbering, normalised (normLabel). */
  words: string;
}

const NUMERALS = '一二三四五六七八九十';

function numeralValue(s: string): number | null {
  if (s.length === 1) {
    const i = NUMERALS.indexOf(s);
    return i < 0 ? null : i + 1;
  }
  return null;
}

function digitsValue(s: string): number | null {
  if (s.length === 0 || s.length > 2) return null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return null;
  }
  return Number(s);
}

/** Reads a label's numbering; null for text too long to be a label. */
export function parseLabel(text: string): ParsedLabel | null {
  if (text.length > MAX_LABEL_CHARS * 4) return null;
  const n = normLabel(text);
  if (n.length > MAX_LABEL_CHARS) return null;
  // "(三)…" (NFKC folds the full-width brackets)
  if (n.startsWith('(')) {
    const close = n.indexOf(')');
    if (close > 1 && close <= 3) {
      const inner = n.slice(1, close);
      const num = numeralValue(inner);
      if (num !== null) return { level: 'group', num, words: n.slice(close + 1) };
      const d = digitsValue(inner);
      if (d !== null) return { level: 'item', num: d, words: n.slice(close + 1) };
    }
    return { level: null, num: null, words: n };
  }
  const dot = n.indexOf('.');
  if (dot > 0 && dot <= 2) {
    const head = n.slice(0, dot);
    const num = numeralValue(head);
    if (num !== null) return { level: 'top', num, words: n.slice(dot + 1) };
    const d = digitsValue(head);
    if (d !== null) return { level: 'item', num: d, words: n.slice(dot + 1) };
  }
  return { level: null, num: null, words: n };
}
