// Agency names as keys for pairing the years of one agency: the same agency is typed with
// full-width or half-width characters and stray spaces from one year to the next.

/** Trim, fold full-width forms to half-width (NFKC), drop every space. */
export function agencyKey(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '');
}
