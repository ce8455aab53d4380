// Every prose routine on 10^5–10^6 characters, with the output asserted exactly. Each case is one
// that was quadratic or exponential before (a regex backtracking on a long run, a prefix rescanned
// for every count): a regression makes the test hang far beyond jest's timeout, not pass slowly.

import {
  boundedQuote,
  findCounts,
  findYears,
  readQuantities,
  splitClauses,
  splitSentences,
  QUOTE_CHARS,
} from '../../../../src/core/rules/prose';
import { countCharacters } from '../../../../src/core/rules/overview-length';

const MILLION = 1_000_000;
const OPTIONS = { version: 2021, year: 2021 } as const;

describe('prose routines on long text', () => {
  it('findCounts: a number then a million spaces and no measure word', () => {
    expect(findCounts(`5${' '.repeat(MILLION)}x`)).toEqual([]);
  });

  it('findCounts: 300,000 counts in a row', () => {
    const counts = findCounts('1件'.repeat(300_000));
    expect(counts).toHaveLength(300_000);
    expect(counts[299_999]).toEqual({
      value: 1,
      unit: '件',
      start: 599_998,
      end: 600_000,
      approx: false,
    });
  });

  it('findCounts: a million digits are one number without a measure word', () => {
    expect(findCounts('9'.repeat(MILLION))).toEqual([]);
  });

  it('findYears: 100,000 years each after a 《title》, and 100,000 inside titles', () => {
    expect(findYears('《通知》2020年'.repeat(100_000))).toHaveLength(100_000);
    expect(findYears('《2020年通知》'.repeat(100_000))).toEqual([]);
    expect(findYears(`2020${' '.repeat(MILLION)}x`)).toEqual([]);
  });

  it('splitSentences and splitClauses: a million characters', () => {
    const text = '本机关受理申请，办结申请。'.repeat(80_000);
    expect(text.length).toBe(1_040_000);
    expect(splitSentences(text)).toHaveLength(80_000);
    const clauses = splitClauses(text);
    expect(clauses).toHaveLength(160_000);
    expect(clauses[159_999]).toEqual({
      text: '办结申请',
      start: 1_039_995,
      end: 1_039_999,
      sentence: 79_999,
      before: '，',
    });
  });

  it('readQuantities: 50,000 counts in one clause (no punctuation)', () => {
    const text = '受理政府信息公开申请1件'.repeat(50_000);
    const found = readQuantities(text, OPTIONS);
    expect(found).toHaveLength(50_000);
    expect(found.every((m) => m.quantity === 'received' && m.value === 1)).toBe(true);
    expect(found[49_999].count.start).toBe(text.length - 2);
  });

  it('readQuantities: 100,000 short sentences, each tied to its quantity', () => {
    const text = '本年办结政府信息公开申请3件。'.repeat(100_000);
    const found = readQuantities(text, OPTIONS);
    expect(found).toHaveLength(100_000);
    expect(found[0]).toMatchObject({ quantity: 'handled', value: 3 });
  });

  it('readQuantities: filler that split two ways ("共计" = 共 + 计) before a word that ends the match', () => {
    expect(readQuantities(`依申请公开${'共计'.repeat(40)}x1件`, OPTIONS)).toEqual([]);
    // Filler that fits the matchers' window (WINDOW_TAIL) before the count is still read.
    expect(readQuantities(`依申请公开${'共计'.repeat(20)}1件`, OPTIONS)).toMatchObject([
      { quantity: 'received', value: 1 },
    ]);
  });

  it('readQuantities: a million spaces between the words and the count are one space', () => {
    const found = readQuantities(`受理政府信息公开申请${' '.repeat(MILLION)}5件`, OPTIONS);
    expect(found).toMatchObject([{ quantity: 'received', value: 5 }]);
  });

  it('readQuantities: 100,000 counts after a distractor, a year and a verb each looked up once', () => {
    const text = `2020年收到建议，${'受理政府信息公开申请1件'.repeat(100_000)}`;
    expect(readQuantities(text, OPTIONS)).toEqual([]);
    const normative = `本年制发行政规范性文件6件${'、规范性文件6件'.repeat(100_000)}`;
    const found = readQuantities(normative, OPTIONS);
    expect(found).toHaveLength(100_001);
    expect(found[100_000].alternatives.map((a) => a.cells[0].column)).toEqual(['issued']);
  });

  it('boundedQuote: a clause of a million characters is quoted around the count', () => {
    const text = `${'甲'.repeat(MILLION)}受理申请5件${'乙'.repeat(MILLION)}`;
    const end = MILLION + 6;
    const quote = boundedQuote(text, 0, text.length, end);
    expect(quote).toBe(`…${'甲'.repeat(QUOTE_CHARS - 6)}受理申请5件…`);
    expect(boundedQuote('短句', 0, 2)).toBe('短句');
  });

  it('countCharacters: a million letters, digits and punctuation', () => {
    expect(countCharacters('字1，'.repeat(300_000))).toBe(600_000);
  });
});
