import { readQuantities, type QuantityMention } from '../../../../src/core/rules/prose';
import type { FormatVersion } from '../../../../src/core/format';

/** [quantity, value, clause, the rows/columns of each alternative] of every mention. */
function read(text: string, version: FormatVersion | null = 2019, year: number | null = 2020) {
  return readQuantities(text, { version, year }).map((m: QuantityMention) => [
    m.quantity,
    m.value,
    m.clause.text,
    m.alternatives.map((a) => a.cells.map((c) => `${c.table}:${c.row}/${c.column}`).join('+')),
  ]);
}

function quantities(text: string, version: FormatVersion | null = 2019): string[] {
  return readQuantities(text, { version, year: 2020 }).map((m) => `${m.quantity}=${m.value}`);
}

describe('readQuantities: the seeds', () => {
  it('001: applications received, new, carried, forward; appeals', () => {
    expect(
      read(
        '区政府共受理依申请公开41件,其中本年新收41件，上年结转0件，结转至下年办理0件。2022年我区因政府信息公开工作被申请行政复议2件、提起行政诉讼0件。',
      ),
    ).toEqual([
      [
        'received',
        41,
        '区政府共受理依申请公开41件',
        ['requests:new/total', 'requests:new/total+requests:carried/total'],
      ],
      ['new', 41, '其中本年新收41件', ['requests:new/total']],
      ['carried', 0, '上年结转0件', ['requests:carried/total']],
      ['forward', 0, '结转至下年办理0件', ['requests:forward/total']],
      ['review', 2, '2022年我区因政府信息公开工作被申请行政复议2件', ['appeals:review/total']],
      ['suit', 0, '提起行政诉讼0件', ['appeals:suit/total+appeals:suit_after_review/total']],
    ]);
  });

  it('001: 规范性文件 after "公开各类政府信息…其中" is the published count; the rest is not read', () => {
    expect(
      read(
        '通过“杭州市拱墅区人民政府”门户网站依法公开各类政府信息130条，其中，规范性文件10条，政策解读10条，区府办文件18条，区政府文件17条，其他各类信息75条。',
      ),
    ).toEqual([
      [
        'normative',
        10,
        '规范性文件10条',
        ['active:normative/published', 'active:normative/total_published'],
      ],
    ]);
  });

  it('001: counts of other things are never read', () => {
    const text =
      '通过门户网站发布政策解读类稿件10篇，其中区主要领导和相关部门主要负责人均参与政策解读。全年共发布回应关切336次，其中新闻发布会2场、意见征求16次、民意反馈11条。公开人大建议办理情况138件、政协提案办理情况169件。对外公布政府信息公开投诉举报电话，全年收到相关投诉举报1件。开展全区政务公开专题培训2场。';
    expect(quantities(text)).toEqual([]);
  });

  it('000: 受理 with 依申请公开; 主动公开 and 制发 规范性文件', () => {
    expect(quantities('2020年来，我单位共受理依申请公开3件，均在规定时限内答复。')).toEqual([
      'received=3',
    ]);
    expect(
      read(
        '主动公开政府信息42条，其中主动公开规范性文件0条，制发规范性文件0件，政府网站公开动态信息42条。',
      ),
    ).toEqual([
      [
        'normative',
        0,
        '其中主动公开规范性文件0条',
        ['active:normative/published', 'active:normative/total_published'],
      ],
      ['normative', 0, '制发规范性文件0件', ['active:normative/made']],
    ]);
  });

  it('000: 答复率100% and 公开政府信息数56条 are not read', () => {
    expect(
      quantities(
        '确保互动交流渠道畅通，各类信件答复率100%，答复满意度较高。2020年，我局公开政府信息数56条，内容涉及年度财政预决算。',
      ),
    ).toEqual([]);
  });

  it('002: 主动公开信息233条 and 重要报告1条 are not read', () => {
    expect(
      quantities(
        '2020年，我局主动公开信息233条，其中主动公开政府信息数62条，临安区科技局新浪官方微博、临安科技微信公众号公开信息数170条。重要报告1条，公开2020年度政府信息公开工作报告。',
      ),
    ).toEqual([]);
  });

  it('004: "明确2位同志", "1位信息员" are not read', () => {
    expect(
      quantities(
        '同时把政府信息公开工作列入重要议事日程，明确2位同志为局信息员，每个业务科室明确1位信息员。',
      ),
    ).toEqual([]);
  });
});

describe('readQuantities: results and handling', () => {
  it('reads handled, the result groups and forward', () => {
    expect(
      quantities(
        '本年新收政府信息公开申请45件，上年结转3件，办结45件，其中予以公开16件，部分公开5件，不予公开4件，无法提供15件，不予处理4件，其他处理1件，结转下年度继续办理3件。',
      ),
    ).toEqual([
      'new=45',
      'carried=3',
      'handled=45',
      'granted=16',
      'partial=5',
      'denied=4',
      'unavailable=15',
      'rejected=4',
      'other=1',
      'forward=3',
    ]);
  });

  it('"予以公开及部分公开" is the sum; "予以公开" alone may be either', () => {
    expect(read('申请中予以公开及部分公开21件。')).toEqual([
      [
        'granted_partial',
        21,
        '申请中予以公开及部分公开21件',
        ['requests:granted/total+requests:partial/total'],
      ],
    ]);
    expect(read('办理申请，予以公开16件。')[0][3]).toEqual([
      'requests:granted/total',
      'requests:granted/total+requests:partial/total',
    ]);
  });

  it('其他处理 follows the version: one row in 2019, three in 2021, unknown → not read', () => {
    expect(read('申请其他处理2件', 2019)[0][3]).toEqual(['requests:other/total']);
    expect(read('申请其他处理2件', 2021)[0][3]).toEqual([
      'requests:other.1/total+requests:other.2/total+requests:other.3/total',
    ]);
    expect(read('申请其他处理2件', null)).toEqual([]);
  });

  it('a reason inside a group is a part, not the group', () => {
    expect(
      quantities('对申请因属于国家秘密不予公开1件，属于三类内部事务信息不予公开2件。'),
    ).toEqual([]);
  });

  it('reads full-width digits, spaces and 零', () => {
    expect(quantities('共收到政府信息公开申请 １２ 件，办结１２件。')).toEqual([
      'received=12',
      'handled=12',
    ]);
    expect(quantities('因政府信息公开被申请行政复议零件。')).toEqual(['review=0']);
  });

  it('依申请公开 with no verb may be received or handled', () => {
    expect(read('全年办理依申请公开8件。')[0][3]).toEqual([
      'requests:new/total',
      'requests:new/total+requests:carried/total',
      'requests:total/total',
    ]);
  });
});

describe('readQuantities: conservative non-matches', () => {
  it.each([
    ['complaints', '全年收到相关投诉举报1件，均已办结。'],
    ['proposals handled', '共收到人大建议15件，政协提案20件，办结35件。'],
    ['letters answered', '收到群众来信20件，答复20件。'],
    ['a rate', '依申请公开答复率100%。'],
    ['an approximate count', '全年共受理政府信息公开申请100余件。'],
    ['a change', '受理政府信息公开申请较上年增加5件。'],
    ['"分别"', '受理和办结政府信息公开申请分别为41件、41件。'],
    ['last year', '上年受理政府信息公开申请30件。'],
    ['an earlier year', '2019年，共受理政府信息公开申请30件。'],
    ['general 行政复议 work', '全年共受理行政复议申请120件，审结110件。'],
    ['行政复议 without disclosure', '全年办理行政复议案件56件。'],
    ['an enumeration sharing one count', '因政府信息公开引起的行政复议、行政诉讼共3件。'],
    ['复议 and 诉讼 together', '因政府信息公开发生行政复议和行政诉讼案件共1件。'],
    ['政策解读', '发布规范性文件政策解读10条。'],
    ['规章和规范性文件', '制定规章和规范性文件共5件。'],
    ['规范性文件 with no verb', '规范性文件10件。'],
    ['规范性文件 after a verb of another kind', '清理规范性文件20件。'],
    [
      'a verb inside a title',
      '根据《关于加强行政规范性文件制定和监督管理工作的通知》，规范性文件10件。',
    ],
    ['a verb of the sentence before', '全年制发文件若干。规范性文件10件。'],
    ['信息处理费', '本年度收取信息处理费0次，金额0元。'],
    ['行政许可申请', '受理行政许可申请3456件。'],
    ['"一件事"', '共受理依申请公开“一件事”改革。'],
    ['the whole region', '全区各级行政机关共受理政府信息公开申请300件，办结298件。'],
    ['one unit of several', '其中区政府办公室受理依申请公开20件。'],
    ['by applicant', '共受理自然人提出的政府信息公开申请10件，法人申请2件。'],
    ['by channel', '收到网上申请政府信息公开8件，其中按时办结8件。'],
  ])('%s', (_name, text) => {
    expect(quantities(text)).toEqual([]);
  });

  it('a year later than the report does not stop the comparison (it is a typo for this year)', () => {
    expect(quantities('2022年因政府信息公开工作被申请行政复议2件。')).toEqual(['review=2']);
  });
});

describe('readQuantities: 规范性文件 verbs', () => {
  const columns = (text: string, version: FormatVersion): string[] =>
    readQuantities(text, { version, year: 2021 }).flatMap((m) =>
      m.alternatives.map((a) => a.cells[0].column),
    );

  it.each([
    ['本年制发行政规范性文件6件', 2021, ['issued']],
    ['印发规范性文件6件', 2021, ['issued']],
    ['现行有效行政规范性文件41件', 2021, ['in_force']],
    ['废止行政规范性文件2件', 2021, ['repealed']],
    ['主动公开规范性文件6件', 2021, ['issued', 'in_force']],
    ['本年新公开规范性文件8件', 2019, ['published']],
    ['制定规范性文件8件', 2019, ['made']],
    ['发布规范性文件8件', 2019, ['made', 'published']],
    ['累计公开规范性文件56件', 2019, ['published', 'total_published']],
    ['现行有效规范性文件56件', 2019, []],
  ] as Array<[string, FormatVersion, string[]]>)('%s (%s)', (text, version, expected) => {
    expect(columns(text, version)).toEqual(expected);
  });
});
