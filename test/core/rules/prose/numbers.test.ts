import { chineseNumber, findCounts, findYears } from '../../../../src/core/rules/prose';

function counts(text: string): Array<[number, string, boolean]> {
  return findCounts(text).map((c) => [c.value, c.unit, c.approx]);
}

describe('findCounts', () => {
  it('reads numbers with their measure word, with or without spaces, in either width', () => {
    expect(counts('受理41件，公开 130 条，发布336次，１２件')).toEqual([
      [41, '件', false],
      [130, '条', false],
      [336, '次', false],
      [12, '件', false],
    ]);
  });

  it('gives offsets of the number and its measure word', () => {
    const text = '共受理依申请公开 41 件';
    const [c] = findCounts(text);
    expect(text.slice(c.start, c.end)).toBe('41 件');
  });

  it('reads digit groups', () => {
    expect(counts('公开信息1,234条')).toEqual([[1234, '条', false]]);
    expect(counts('金额1,234元')).toEqual([]);
    expect(counts('受理申请,41件')).toEqual([[41, '件', false]]);
  });

  it('ignores percentages, years, ordinals and numbers without a measure word', () => {
    expect(counts('答复率100%，2020年，国务院令第711号，第3次会议，编号12')).toEqual([]);
  });

  it('marks approximate counts', () => {
    expect(counts('受理100余件，约20件，近30件，50件以上，60多件')).toEqual([
      [100, '件', true],
      [20, '件', true],
      [30, '件', true],
      [50, '件', true],
      [60, '件', true],
    ]);
  });

  it('reads 零 before any measure word and small Chinese numerals only before 件', () => {
    expect(counts('行政复议零件，行政诉讼一件，两件，零条')).toEqual([
      [0, '件', false],
      [1, '件', false],
      [2, '件', false],
      [0, '条', false],
    ]);
  });

  it('does not read set phrases as counts', () => {
    expect(counts('推进“一件事”改革，一条龙服务，第一次会议，每一件申请，一次办')).toEqual([]);
  });
});

describe('chineseNumber', () => {
  it('reads 零 to 九十九', () => {
    expect(chineseNumber('零')).toBe(0);
    expect(chineseNumber('七')).toBe(7);
    expect(chineseNumber('十')).toBe(10);
    expect(chineseNumber('十二')).toBe(12);
    expect(chineseNumber('二十')).toBe(20);
    expect(chineseNumber('三十五')).toBe(35);
    expect(chineseNumber('百')).toBeNull();
  });
});

describe('findYears', () => {
  it('finds years written with 年, with spaces or full-width digits', () => {
    const text = '2020年，印发 2020 年要点，２０２１年1月20日';
    expect(findYears(text).map((y) => y.year)).toEqual([2020, 2020, 2021]);
  });

  it('skips years inside 《》 titles and numbers that are not years', () => {
    // 004: the notice's title holds a year; 〔2019〕60号 and 第711号 are document numbers.
    const text =
      '认真贯彻落实《中华人民共和国政府信息公开条例》（中华人民共和国国务院令第711号）和《舟山市定海区人民政府办公室关于印发 2020 年定海区政务公开工作要点的通知》，国办公开办函〔2019〕60号，12020年';
    expect(findYears(text)).toEqual([]);
  });
});
