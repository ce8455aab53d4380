// prose-too-long and the limit LIMITS.paragraphMaxText: the reader keeps that many of a
// paragraph's characters, and prose-too-long says that the rest was not read. The rules on long
// paragraphs keep their findings exact (year-mismatch once per clause, quotes bounded).

import { LIMITS } from '../../../src/core/limits';
import { QUOTE_CHARS } from '../../../src/core/rules/prose';
import { append } from './ruleTester';
import { expectFindings, findingsOfCase } from './cases';

const FILLER = '本机关持续推进政务公开标准化规范化建设，';

/** A paragraph of exactly `length` characters: FILLER repeated, then `tail`. */
function long(length: number, tail = ''): string {
  const body = FILLER.repeat(Math.ceil(length / FILLER.length)).slice(0, length - tail.length);
  return body + tail;
}

describe('prose-too-long', () => {
  it('a paragraph one character short of the limit is read whole and not reported', async () => {
    const text = long(LIMITS.paragraphMaxText - 1, '受理政府信息公开申请99件。');
    const c = { name: 'at the limit', version: 2021 as const, edit: append('s1', text) };
    expect(await findingsOfCase('prose-too-long', c)).toEqual([]);
    expect(await findingsOfCase('text-table-mismatch', c)).toMatchObject([
      { actual: '99', expected: '46', paragraph: 6 },
    ]);
  });

  it('longer: reported, and a count past the limit is not compared', async () => {
    const text = long(LIMITS.paragraphMaxText + 15, '受理政府信息公开申请99件。');
    const c = { name: 'over the limit', version: 2021 as const, edit: append('s1', text) };
    expectFindings(await findingsOfCase('prose-too-long', c), [
      {
        rule: 'prose-too-long',
        severity: 'warning',
        section: 's1',
        paragraph: 6,
        message: `这一段正文达到逐段读取的上限（${LIMITS.paragraphMaxText} 字），其后的文字未读取，未与表格和报告年度核对`,
        quote: `${FILLER.repeat(2)}…`,
      },
    ]);
    expect(await findingsOfCase('text-table-mismatch', c)).toEqual([]);
  });
});

describe('prose rules on long paragraphs', () => {
  it('year-mismatch: 1,000 clauses (18,000 characters) each attributing counts to another year, one finding each', async () => {
    const c = {
      name: 'many years',
      version: 2021 as const,
      edit: append('s1', '2019年受理政府信息公开申请3件，'.repeat(1_000)),
    };
    const found = await findingsOfCase('year-mismatch', c);
    expect(found).toHaveLength(1_000);
    expect(found[999]).toMatchObject({
      expected: '2021',
      actual: '2019',
      quote: '2019年受理政府信息公开申请3件',
    });
  });

  it('year-mismatch: 3,000 years in one clause without counts give nothing', async () => {
    const c = {
      name: 'years only',
      version: 2021 as const,
      edit: append('s1', `在${'2019年'.repeat(3_000)}。`),
    };
    expect(await findingsOfCase('year-mismatch', c)).toEqual([]);
  });

  it('text-table-mismatch: 1,500 wrong counts in one clause (18,000 characters), each quoted within QUOTE_CHARS', async () => {
    const c = {
      name: 'one long clause',
      version: 2021 as const,
      edit: append('s1', '办结政府信息公开申请7件'.repeat(1_500)),
    };
    const found = await findingsOfCase('text-table-mismatch', c);
    expect(found).toHaveLength(1_500);
    expect(found.every((f) => (f.quote ?? '').length <= QUOTE_CHARS + 2)).toBe(true);
    expect(found[1_499]).toMatchObject({ actual: '7', expected: '46', paragraph: 6 });
    expect(found[1_499].quote).toMatch(/^….*办结政府信息公开申请7件$/);
  });
});
