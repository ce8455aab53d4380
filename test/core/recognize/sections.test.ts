// matchHeading on the headings of the real reports (shared/seeds) and on lines that are not headings.

import { existsSync, readFileSync, readdirSync } from 'fs';
import path from 'path';
import { SECTIONS } from '../../../src/core/format';
import { matchHeading, mayNameSection, readHeading } from '../../../src/core/recognize/sections';
import {
  REQUESTS_COLUMNS,
  activeBlocks,
  formatVersions,
  requestsRows,
} from '../../../src/core/format';
import { SEEDS_DIR } from '../../fixtures/fixtures';

describe('matchHeading', () => {
  it.each([
    ['一、总体情况', 's1', '一、', '总体情况'],
    ['二、主动公开政府信息情况', 's2', '二、', '主动公开政府信息情况'],
    ['二、主动公开政府信息的情况', 's2', '二、', '主动公开政府信息的情况'],
    ['2、 主动公开政府信息情况', 's2', '2、', '主动公开政府信息情况'],
    ['三、收到和处理政府信息公开申请情况', 's3', '三、', '收到和处理政府信息公开申请情况'],
    ['四、政府信息公开行政复议、行政诉讼情况', 's4', '四、', '政府信息公开行政复议、行政诉讼情况'],
    ['五、存在的主要问题及改进情况', 's5', '五、', '存在的主要问题及改进情况'],
    ['5、 存在的主要问题及改进情况', 's5', '5、', '存在的主要问题及改进情况'],
    ['六、其他需要报告的事项', 's6', '六、', '其他需要报告的事项'],
    ['六、其它需要报告的事项', 's6', '六、', '其它需要报告的事项'],
    ['其他需要报告的事项', 's6', '', '其他需要报告的事项'],
    [
      '\u3000四、政府信息公开行政复议、行政诉讼情况\u00a0',
      's4',
      '四、',
      '政府信息公开行政复议、行政诉讼情况',
    ],
  ])('%j is section %s (numbering %j)', (line, key, numbering, title) => {
    expect(matchHeading(line)).toEqual({ key, numbering, title });
  });

  it.each([
    // Sub-headings with bracketed numbering never open a section (seeds 000, 002, 001).
    '（一）主动公开情况',
    '（二）依申请公开工作情况',
    '（2） 依申请公开方面。优化依申请工作流程。',
    // Row labels of the requests table.
    '一、本年新收政府信息公开申请数量',
    '三、本年度办理结果',
    // Long sentences that mention a section's words (seed 000, 五; seed 002, 一).
    '2020年，我局政府信息公开工作取得了新的进展，但仍存在一些困难和问题。主要表现在：一是部分重点领域信息缺少全周期展示，政策解读形式不够丰富化、多样化；',
    '2020年，我局主动公开信息233条，其中主动公开政府信息数62条。',
    '对照存在的主要问题，下一步将加强改进。',
    '收到和处理政府信息公开申请情况详见下表，',
    '',
  ])('%j is not a section heading', (line) => {
    expect(matchHeading(line)).toBeNull();
  });
});

describe('mayNameSection (the quick test that spares digit cells the heading match)', () => {
  // The test's premise: below U+2E80, no character folds to a CJK character or one of the headings'
  // punctuation marks (only 〈〉 fold up, to U+3008/9). Two such characters may compose only into a
  // Latin, Greek or Hangul letter, none of which a heading holds either.
  it('no character below U+2E80 folds into a character of a section title', () => {
    const titleChars = new Set([...SECTIONS.map((s) => s.title).join(''), '它', '改', '进']);
    const folding: string[] = [];
    for (let c = 0; c < 0x2e80; c++) {
      const folded = String.fromCharCode(c).normalize('NFKC');
      if ([...folded].some((ch) => titleChars.has(ch) || ch.charCodeAt(0) >= 0x2e80))
        folding.push(c.toString(16));
    }
    expect(folding).toEqual(['2329', '232a']);
    for (const ch of titleChars) expect(ch.charCodeAt(0)).toBeGreaterThanOrEqual(0x2e80);
  });

  it('full-width forms and CJK punctuation fold to no ideograph (the heading quick test skips them)', () => {
    const ideographs: string[] = [];
    for (const [from, to] of [
      [0x3000, 0x3037],
      [0xff00, 0xffef],
    ] as const)
      for (let c = from; c <= to; c++)
        if (/[\u4e00-\u9fff]/.test(String.fromCharCode(c).normalize('NFKC')))
          ideographs.push(c.toString(16));
    expect(ideographs).toEqual([]);
  });

  it('labels without a signature word are no heading; with one, they are read as before', () => {
    expect(matchHeading('1.属于国家秘密')).toBeNull();
    expect(matchHeading('（一）予以公开')).toBeNull();
    expect(matchHeading('总 体 情 况')).toEqual({ key: 's1', numbering: '', title: '总 体 情 况' });
    expect(matchHeading('一、总体情况')).toEqual({
      key: 's1',
      numbering: '一、',
      title: '总体情况',
    });
    // Its lead character only after folding: the Kangxi radical ⾏ (U+2F8F) folds to 行.
    expect(matchHeading('⾏政复议、⾏政诉讼')).toEqual({
      key: 's4',
      numbering: '',
      title: '⾏政复议、⾏政诉讼',
    });
    expect(matchHeading('⾏政复议、⾏政诉讼'.normalize('NFKC'))).not.toBeNull();
  });

  it.each([
    ['0', false],
    [' 12 ', false],
    ['1,200', false],
    ['-', false],
    ['', false],
    ['〈〉', true],
    ['一', true],
    ['㊀', true],
    ['总体情况', true],
    // Longer text is left to the length limits.
    ['x'.repeat(81), true],
  ])('%j → %s', (text, may) => {
    expect(mayNameSection(text)).toBe(may);
  });
});

describe('matchHeading’s quick test (the words of a signature in a line without spaces)', () => {
  // Pieces a line is made of: signature words, other labels' words, numberings, spaces, full-width
  // forms and characters that fold into ideographs (⾏ U+2F8F → 行, 〸 U+3038 → 十, ㈠ → (一)).
  const labels = formatVersions().flatMap((v) => [
    ...requestsRows(v).map((r) => r.label),
    ...activeBlocks(v).flatMap((b) => [b.title, ...b.rows.map((r) => r.label)]),
  ]);
  const pieces = [
    ...SECTIONS.map((s) => s.title),
    ...labels,
    ...REQUESTS_COLUMNS.map((c) => c.label),
    '总体',
    '情况',
    '主动公开',
    '政府信息',
    '收到',
    '处理',
    '公开申请情况',
    '行政复议',
    '行政诉讼',
    '存在的主要问题',
    '主要问题',
    '改进',
    '其他需要报告',
    '其它需要报告',
    '行政',
    '主要',
    '其他',
    '一、',
    '二、',
    '5、',
    '（三）',
    '(2)',
    '6. ',
    '，',
    '。',
    '；',
    '、',
    ' ',
    '\u3000',
    '\u00a0',
    '\u200b',
    '\ufeff',
    '\t',
    '\n',
    '（',
    '）',
    '０',
    'Ａ',
    '“',
    '”',
    '⾏',
    '〸',
    '㈠',
    '\u0308',
    '¨',
  ];
  // A fixed linear congruential sequence: the same lines on every run.
  let seed = 12345;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };

  it('reads every line as the whole reading does (30,000 lines made of those pieces)', () => {
    let headings = 0;
    let ruledOut = 0;
    for (let i = 0; i < 30_000; i++) {
      let line = '';
      for (let k = 1 + next(5); k > 0; k--) line += pieces[next(pieces.length)] as string;
      const expected = readHeading(line);
      expect(matchHeading(line)).toEqual(expected);
      if (expected) headings++;
      else if (line.length <= 80 && /[总主收行存其]/.test(line)) ruledOut++;
    }
    // The lines exercise both outcomes, headings among them.
    expect(headings).toBeGreaterThan(500);
    expect(ruledOut).toBeGreaterThan(5_000);
  });

  it('rules out a table’s labels that hold a signature’s first character', () => {
    for (const label of ['行政许可', '其他对外管理服务事项', '（七）总计', '主动公开政府信息'])
      expect(matchHeading(label)).toEqual(readHeading(label));
    expect(matchHeading('行政许可')).toBeNull();
    expect(matchHeading('二、主动公开政府信息')?.key).toBe('s2');
    expect(matchHeading('二、主动公开政府 信息')?.key).toBe('s2');
    expect(matchHeading('二、主动公开政府\u3000信息情况')?.key).toBe('s2');
  });
});

// The seeds' text dumps: lines starting with a tab are table cells (seed 002 has a heading in one).
const seeds = existsSync(SEEDS_DIR) ? readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')) : [];
const EXPECTED: Record<string, string[]> = {
  '000': ['s1', 's2', 's3', 's4', 's5', 's6'],
  '001': ['s1', 's2', 's3', 's4', 's5', 's6'],
  '002': ['s1', 's2', 's3', 's4', 's5', 's6'],
  // 004 has no 六 and writes "5、 存在的主要问题及改进情况".
  '004': ['s1', 's2', 's3', 's4', 's5'],
};

(seeds.length > 0 ? describe : describe.skip)('matchHeading on the seeds’ lines', () => {
  it.each(seeds.length > 0 ? seeds : ['none'])('%s: each section once, in order', (file) => {
    const lines = readFileSync(path.join(SEEDS_DIR, file), 'utf8').split('\n');
    const keys = lines
      .map((l) => matchHeading(l.replace(/^\t/, '')))
      .filter((m) => m !== null)
      .map((m) => m.key);
    expect(keys).toEqual(EXPECTED[file.slice(0, 3)]);
  });
});
