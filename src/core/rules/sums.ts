// Placeholder: replaced by the sum-rule engine (corrections, culprits).
import type { Finding } from '../finding';
import type { Report } from '../report';

export interface Sums {
  /** Value of a requests/appeals cell after corrections (blank and non-numeric count as 0). */
  value(table: 'requests' | 'appeals', row: string, column: string): number;
  /** The findings of row-total, column-total, balance and appeals-total. */
  findings: Finding[];
}

export function computeSums(_report: Report): Sums {
  return { value: () => 0, findings: [] };
}
