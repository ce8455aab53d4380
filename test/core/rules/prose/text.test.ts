import { foldWidth, splitClauses, splitSentences } from '../../../../src/core/rules/prose';
import { oldSplitClauses, oldSplitSentences } from './old-text';

describe('splitSentences', () => {
  it('ends sentences at 。！？； and line breaks, keeping offsets', () => {
    const text = '一是加强领导。二是完善制度；三是强化监督！\n四是？';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      '一是加强领导',
      '二是完善制度',
      '三是强化监督',
      '四是',
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not end a sentence inside a 《title》', () => {
    expect(splitSentences('学习《关于做好A。B的通知》精神。下一句').map((s) => s.text)).toEqual([
      '学习《关于做好A。B的通知》精神',
      '下一句',
    ]);
  });

  it('drops empty sentences and surrounding spaces', () => {
    expect(splitSentences('  。。 甲 。').map((s) => s.text)).toEqual(['甲']);
  });
});

describe('splitClauses', () => {
  it('splits a seed sentence on ，,、 and records the separator before each clause', () => {
    // 001: an ASCII comma after "41件", a 、 between the two appeal counts.
    const text =
      '区政府共受理依申请公开41件,其中本年新收41件，上年结转0件，结转至下年办理0件。2022年我区因政府信息公开工作被申请行政复议2件、提起行政诉讼0件。';
    const clauses = splitClauses(text);
    expect(clauses.map((c) => c.text)).toEqual([
      '区政府共受理依申请公开41件',
      '其中本年新收41件',
      '上年结转0件',
      '结转至下年办理0件',
      '2022年我区因政府信息公开工作被申请行政复议2件',
      '提起行政诉讼0件',
    ]);
    expect(clauses.map((c) => c.sentence)).toEqual([0, 0, 0, 0, 1, 1]);
    expect(clauses.map((c) => c.before)).toEqual(['', ',', '，', '，', '', '、']);
    for (const c of clauses) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('keeps digit groups and times together, and titles whole', () => {
    expect(
      splitClauses('受理申请1,234件，9:00开放，学习《条例，办法》').map((c) => c.text),
    ).toEqual(['受理申请1,234件', '9:00开放', '学习《条例，办法》']);
  });

  it('splits on ：', () => {
    expect(splitClauses('主要表现在：一是不足').map((c) => c.text)).toEqual([
      '主要表现在',
      '一是不足',
    ]);
  });
});

describe('foldWidth', () => {
  it('folds full-width digits, ％ and ideographic spaces one unit for one', () => {
    const text = '受理　１２件，答复率１００％';
    const folded = foldWidth(text);
    expect(folded).toBe('受理 12件，答复率100%');
    expect(folded.length).toBe(text.length);
  });
});

describe('splitSentences and splitClauses against the Set and regex reference', () => {
  // Every separator, both digit widths, every kind of white space /\s/ knows and some it does not
  // (U+200B, U+180E), titles, and ordinary ideographs, in random texts: the offsets must agree.
  const ALPHABET = [
    ...'。！？；!?;\n，,、：:《》',
    ...'0123456789０１２３４５６７８９',
    ...' \t\v\f\r\u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b\u180e',
    ...'件受理申请年度',
  ];
  let seed = 20261205;
  const random = (n: number): number => {
    // mulberry32: the same texts on every run.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };

  it('agree on 3,000 random texts', () => {
    for (let k = 0; k < 3000; k++) {
      const length = random(40);
      let text = '';
      for (let i = 0; i < length; i++) text += ALPHABET[random(ALPHABET.length)];
      expect(splitSentences(text)).toEqual(oldSplitSentences(text));
      expect(splitClauses(text)).toEqual(oldSplitClauses(text));
    }
  });

  it('agree on digit groups at the text edges', () => {
    for (const text of [
      ',123',
      '1,234',
      '1,2345',
      '1,23',
      '12:3',
      '12:34',
      '１,２３４',
      ':12',
      '1:',
    ]) {
      expect(splitClauses(text)).toEqual(oldSplitClauses(text));
    }
  });
});
