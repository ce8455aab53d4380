// parseCell: how a table cell's text reads as a number, with the writings seen in real reports.

import { formatNumber, parseCell, plainCount } from '../../../src/core/recognize/numbers';

describe('parseCell: counts', () => {
  it.each([
    ['３', 3],
    [' 0 ', 0],
    ['\u00a03', 3],
    ['0\u00a0', 0],
    ['\u3000３\u3000', 3],
    ['1,200', 1200],
    ['-3', -3],
    ['−3', -3],
    ['2.5', 2.5],
    ['3件', 3],
  ])('%j is the number %p', (text, value) => {
    expect(parseCell(text)).toEqual({ kind: 'number', value });
  });

  it.each(['—', '-', '/', '无', '——', '／', '暂无'])('%j is a placeholder for zero', (text) => {
    expect(parseCell(text)).toEqual({ kind: 'placeholder', value: null });
  });

  it.each(['', '\u3000', ' ', '\u00a0'])('%j is blank', (text) => {
    expect(parseCell(text)).toEqual({ kind: 'blank', value: null });
  });

  it.each(['若干', '3人', '156059.82元', '约10'])('%j is text, not a number', (text) => {
    expect(parseCell(text)).toEqual({ kind: 'text', value: null });
  });
});

describe('parseCell: money', () => {
  const money = { money: true };
  it.each([
    ['156059.82元', 156059.82, '元'],
    ['230.37万', 230.37, '万元'],
    ['1.68万元', 1.68, '万元'],
    ['１.６８万元', 1.68, '万元'],
    [' 12.5万元 ', 12.5, '万元'],
  ] as const)('%j is %p %s', (text, value, unit) => {
    expect(parseCell(text, money)).toEqual({ kind: 'number', value, unit });
  });

  it('a sum without a unit has none', () => {
    expect(parseCell('1647000', money)).toEqual({ kind: 'number', value: 1647000 });
    expect(parseCell('0', money)).toEqual({ kind: 'number', value: 0 });
  });

  it('placeholders, blanks and words read as in a count', () => {
    expect(parseCell('—', money)).toEqual({ kind: 'placeholder', value: null });
    expect(parseCell('', money)).toEqual({ kind: 'blank', value: null });
    expect(parseCell('若干', money)).toEqual({ kind: 'text', value: null });
  });
});

describe('formatNumber', () => {
  it('writes integers plainly and drops float noise', () => {
    expect(formatNumber(46)).toBe('46');
    expect(formatNumber(-3)).toBe('-3');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(156059.82)).toBe('156059.82');
  });
});

describe('parseCell: plain digits (read without the regexes) read as the general path reads them', () => {
  // A trailing space sends the same digits through the general path.
  it.each(['0', '7', '12', '007', '1200', '99999999999999999999', '9'.repeat(400)])(
    '%j',
    (text) => {
      expect(parseCell(text)).toEqual(parseCell(`${text} `));
      expect(parseCell(text, { money: true })).toEqual(parseCell(`${text} `, { money: true }));
      expect(parseCell(text).kind).toBe('number');
      expect(plainCount(text)).toBe(parseCell(text).value);
    },
  );

  it.each(['', ' 0', '0 ', '３', '1,200', '-3', '2.5', '3件', '无', '1.68万元'])(
    '%j is not a plain count (read by parseCell)',
    (text) => {
      expect(plainCount(text)).toBeNull();
    },
  );
});
