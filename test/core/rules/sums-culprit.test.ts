// Error localisation through the whole check (src/core/solve): one wrong or invalid cell is one
// finding naming that cell as culprit with its determined value as a safe fix, and the check
// reports nothing else; where the table cannot say which cell is wrong, one finding and no fix.

import type { CellKeyRef, Fix } from '../../../src/core/finding';
import { checkCase, expectFindings } from './cases';

const at = (row: string, column: string): CellKeyRef => ({ table: 'requests', row, column });
const setCell = (ref: CellKeyRef, value: string): Fix => ({
  kind: 'set-cell',
  safe: true,
  ...ref,
  value,
});

describe('sum rules: one cause, one finding', () => {
  it('a wrong result-row cell: one row-total finding on that cell, nothing else', async () => {
    const { findings } = await checkCase({
      name: '',
      version: 2021,
      edit: (r) => {
        r.requests['unavailable.1'].natural = '19';
      },
    });
    const culprit = at('unavailable.1', 'natural');
    expectFindings(findings, [
      {
        rule: 'row-total',
        severity: 'error',
        section: 's3',
        ...culprit,
        expected: '9',
        actual: '19',
        culprit,
        fix: setCell(culprit, '9'),
      },
    ]);
  });

  it('a wrong cell in another column and row (2019 layout)', async () => {
    const { findings } = await checkCase({
      name: '',
      version: 2019,
      edit: (r) => {
        r.requests.granted.commercial = '1';
      },
    });
    const culprit = at('granted', 'commercial');
    expectFindings(findings, [
      {
        rule: 'row-total',
        ...culprit,
        expected: '3',
        actual: '1',
        culprit,
        fix: setCell(culprit, '3'),
      },
    ]);
  });

  it('a wrong 一、本年新收 data cell (breaks its row and the balance): one finding', async () => {
    const { findings } = await checkCase({
      name: '',
      version: 2021,
      edit: (r) => {
        r.requests.new.natural = '50';
      },
    });
    const culprit = at('new', 'natural');
    expectFindings(findings, [
      {
        rule: 'row-total',
        section: 's3',
        ...culprit,
        expected: '36',
        actual: '50',
        culprit,
        fix: setCell(culprit, '36'),
      },
    ]);
  });

  it('a wrong 四、结转下年度 data cell: one finding', async () => {
    const { findings } = await checkCase({
      name: '',
      version: 2021,
      edit: (r) => {
        r.requests.forward.commercial = '4';
      },
    });
    const culprit = at('forward', 'commercial');
    expectFindings(findings, [
      {
        rule: 'row-total',
        ...culprit,
        expected: '1',
        actual: '4',
        culprit,
        fix: setCell(culprit, '1'),
      },
    ]);
  });

  it('a negative result cell: cell-negative with the value the table determines, nothing else', async () => {
    // Trust issue class 3: a −2 typed in a result row gave five findings and moved two totals.
    const { findings } = await checkCase({
      name: '',
      version: 2021,
      edit: (r) => {
        r.requests['denied.3'].natural = '-2';
      },
    });
    const ref = at('denied.3', 'natural');
    expectFindings(findings, [
      {
        rule: 'cell-negative',
        ...ref,
        // the clean report's value, which the row and the column both determine
        expected: '1',
        actual: '-2',
        fix: setCell(ref, '1'),
      },
    ]);
  });

  it('a wrong total and a wrong part in different rows: two findings, each its own cell', async () => {
    const { findings } = await checkCase({
      name: '',
      version: 2021,
      edit: (r) => {
        r.requests.granted.total = '20';
        r.requests.partial.commercial = '5';
      },
    });
    expectFindings(findings, [
      {
        rule: 'row-total',
        ...at('granted', 'total'),
        expected: '16',
        actual: '20',
        fix: setCell(at('granted', 'total'), '16'),
      },
      {
        rule: 'row-total',
        ...at('partial', 'commercial'),
        actual: '5',
        culprit: at('partial', 'commercial'),
      },
    ]);
  });
});
