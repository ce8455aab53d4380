import type { Attrs, Names } from './sax';

/** ST_OnOff: an absent `w:val` means on. */
export function onOff(names: Names, attrs: Attrs): boolean {
  const val = names.attr(attrs, 'val');
  return val === undefined || !(val === '0' || val === 'false' || val === 'off');
}

export function intAttr(names: Names, attrs: Attrs, local = 'val'): number | undefined {
  const val = names.attr(attrs, local);
  if (val === undefined) return undefined;
  const n = parseInt(val, 10);
  return Number.isFinite(n) ? n : undefined;
}
