// Culprit localisation (src/core/rules/sums.ts): one wrong data cell that breaks a row sum and a
// column relation is named as the culprit by both findings, both fixes set that cell to the value
// that satisfies both, and the whole check reports nothing else.

import type { CellKeyRef } from '../../../src/core/finding';
import { checkCase, expectFindings } from './cases';

const at = (row: string, column: string): CellKeyRef => ({ table: 'requests', row, column });

describe('sum rules: culprit localisation', () => {
  it('a wrong result-row cell: row-total and column-total, same culprit and fix, nothing else', async () => {
    const { findings } = await checkCase({
      name: '',
      version: 2021,
      edit: (r) => {
        r.requests['unavailable.1'].natural = '19';
      },
    });
    const culprit = at('unavailable.1', 'natural');
    const fix = { kind: 'set-cell' as const, ...culprit, value: '9' };
    expectFindings(findings, [
      {
        rule: 'row-total',
        severity: 'error',
        section: 's3',
        ...culprit,
        expected: '9',
        actual: '19',
        culprit,
        fix,
      },
      {
        rule: 'column-total',
        severity: 'error',
        section: 's3',
        ...culprit,
        expected: '9',
        actual: '19',
        culprit,
        fix,
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
    const fix = { kind: 'set-cell' as const, ...culprit, value: '3' };
    expectFindings(findings, [
      { rule: 'row-total', ...culprit, expected: '3', actual: '1', culprit, fix },
      { rule: 'column-total', ...culprit, expected: '3', actual: '1', culprit, fix },
    ]);
  });

  it('a wrong 一、本年新收 data cell: row-total and balance, same culprit, nothing else', async () => {
    const { findings } = await checkCase({
      name: '',
      version: 2021,
      edit: (r) => {
        r.requests.new.natural = '50';
      },
    });
    const culprit = at('new', 'natural');
    const fix = { kind: 'set-cell' as const, ...culprit, value: '36' };
    expectFindings(findings, [
      { rule: 'row-total', section: 's3', ...culprit, expected: '36', actual: '50', culprit, fix },
      {
        rule: 'balance',
        section: 's3',
        ...culprit,
        expected: '36',
        actual: '50',
        culprit,
        related: [
          at('new', 'natural'),
          at('carried', 'natural'),
          at('total', 'natural'),
          at('forward', 'natural'),
        ],
        fix,
      },
    ]);
  });

  it('a wrong 四、结转下年度 data cell: row-total and balance', async () => {
    const { findings } = await checkCase({
      name: '',
      version: 2021,
      edit: (r) => {
        r.requests.forward.commercial = '4';
      },
    });
    const culprit = at('forward', 'commercial');
    const fix = { kind: 'set-cell' as const, ...culprit, value: '1' };
    expectFindings(findings, [
      { rule: 'row-total', ...culprit, expected: '1', actual: '4', culprit, fix },
      { rule: 'balance', ...culprit, expected: '1', actual: '4', culprit, fix },
    ]);
  });
});
