// The exact-label lookup of matchRow finds the rows that comparing with every row finds.

import {
  APPEALS_ROWS,
  activeBlocks,
  formatVersions,
  requestsRows,
  type RowDef,
} from '../../../src/core/format';
import { officialRows, sameLabelRows } from '../../../src/core/recognize/rows';
import { normLabel, sameLabel } from '../../../src/core/recognize/text';

const lists: (readonly RowDef[])[] = [
  APPEALS_ROWS,
  ...formatVersions().flatMap((v) => [requestsRows(v), ...activeBlocks(v).map((b) => b.rows)]),
  // Every version's rows together, as the requests table reads them.
  formatVersions().flatMap((v) => [...requestsRows(v)]),
];

/** A label and the ways it may be written: whole, cut short, run on, renumbered, spaced. */
function variants(label: string): string[] {
  const n = normLabel(label);
  const out = [
    label,
    n,
    `${n}情况`,
    ` ${label} `,
    n.replace(/^\d\./, ''),
    n.replace(/^\d\./, '9.'),
  ];
  for (let i = 0; i <= n.length; i++) out.push(n.slice(0, i), n.slice(i));
  return out;
}

describe('sameLabelRows', () => {
  it.each(lists.map((l, i) => [i, l] as const))(
    'row list %d: every variant of every label',
    (_, defs) => {
      const rows = officialRows(defs);
      for (const def of defs)
        for (const v of variants(def.label)) {
          const written = normLabel(v);
          expect(sameLabelRows(written, rows)).toEqual(
            rows.filter((o) => sameLabel(written, o.norm)),
          );
        }
    },
  );

  it('finds a label written exactly, and only the rows it names', () => {
    const rows = officialRows(requestsRows(formatVersions()[0] ?? 2019));
    const hit = sameLabelRows(normLabel('（一）予以公开'), rows);
    expect(hit.map((o) => o.def.key)).toEqual(['granted']);
    expect(sameLabelRows('', rows)).toEqual([]);
    expect(sameLabelRows('若干', rows)).toEqual([]);
  });
});
