// Row and column names come from the layouts' data (core/format/tables.ts), written once: these are
// the names the messages, the command line and the review showed when they were typed in a table
// of their own, so deriving them changed no word.
import {
  activeBlocks,
  APPEALS_COLUMNS,
  APPEALS_ROWS,
  cellName,
  columnName,
  REQUESTS_COLUMNS,
  requestsRows,
  rowName,
  tableName,
} from '../../../src/core/format';

const REQUEST_ROWS: Record<string, string> = {
  new: '一、本年新收',
  carried: '二、上年结转',
  granted: '（一）予以公开',
  partial: '（二）部分公开',
  'denied.1': '（三）不予公开 › 1.属于国家秘密',
  'denied.2': '（三）不予公开 › 2.其他法律行政法规禁止公开',
  'denied.3': '（三）不予公开 › 3.危及“三安全一稳定”',
  'denied.4': '（三）不予公开 › 4.保护第三方合法权益',
  'denied.5': '（三）不予公开 › 5.属于三类内部事务信息',
  'denied.6': '（三）不予公开 › 6.属于四类过程性信息',
  'denied.7': '（三）不予公开 › 7.属于行政执法案卷',
  'denied.8': '（三）不予公开 › 8.属于行政查询事项',
  'unavailable.1': '（四）无法提供 › 1.本机关不掌握相关政府信息',
  'unavailable.2': '（四）无法提供 › 2.没有现成信息需要另行制作',
  'unavailable.3': '（四）无法提供 › 3.补正后申请内容仍不明确',
  'rejected.1': '（五）不予处理 › 1.信访举报投诉类申请',
  'rejected.2': '（五）不予处理 › 2.重复申请',
  'rejected.3': '（五）不予处理 › 3.要求提供公开出版物',
  'rejected.4': '（五）不予处理 › 4.无正当理由大量反复申请',
  'rejected.5': '（五）不予处理 › 5.要求行政机关确认或重新出具已获取信息',
  other: '（六）其他处理',
  'other.1': '（六）其他处理 › 1.逾期不补正',
  'other.2': '（六）其他处理 › 2.逾期未缴费',
  'other.3': '（六）其他处理 › 3.其他',
  total: '（七）总计',
  forward: '四、结转下年度继续办理',
};

const REQUEST_COLUMNS: Record<string, string> = {
  natural: '自然人',
  commercial: '商业企业',
  research: '科研机构',
  nonprofit: '社会公益组织',
  legal: '法律服务机构',
  org_other: '其他法人或组织',
  total: '总计',
};

const APPEAL_ROWS: Record<string, string> = {
  review: '行政复议',
  suit: '行政诉讼（未经复议直接起诉）',
  suit_after_review: '行政诉讼（复议后起诉）',
};

const APPEAL_COLUMNS: Record<string, string> = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
  total: '总计',
};

describe('labels from the layouts', () => {
  it('names every row and column of 表三 and 表四 as before, whatever the version', () => {
    const rows = [...requestsRows(2021), ...requestsRows(2019)].map((r) => r.key);
    expect(Object.fromEntries(rows.map((k) => [k, rowName('requests', k)]))).toEqual(REQUEST_ROWS);
    for (const v of [2019, 2021] as const)
      for (const k of rows) expect(rowName('requests', k, v)).toBe(REQUEST_ROWS[k]);
    const cols = REQUESTS_COLUMNS.map((c) => c.key);
    expect(Object.fromEntries(cols.map((k) => [k, columnName('requests', k)]))).toEqual(
      REQUEST_COLUMNS,
    );
    expect(Object.fromEntries(APPEALS_ROWS.map((r) => [r.key, rowName('appeals', r.key)]))).toEqual(
      APPEAL_ROWS,
    );
    expect(
      Object.fromEntries(APPEALS_COLUMNS.map((c) => [c.key, columnName('appeals', c.key, 2019)])),
    ).toEqual(APPEAL_COLUMNS);
  });

  it('names 表二 by the report’s version, else the first version that has the key', () => {
    expect(rowName('active', 'normative', 2019)).toBe('规范性文件');
    expect(rowName('active', 'normative', 2021)).toBe('行政规范性文件');
    expect(rowName('active', 'normative')).toBe('规范性文件');
    expect(columnName('active', 'in_force')).toBe('现行有效件数');
    expect(columnName('active', 'in_force', 2019)).toBe('in_force');
    expect(columnName('active', 'amount', 2021)).toBe('本年收费金额（单位：万元）');
    for (const v of [2019, 2021] as const)
      for (const b of activeBlocks(v))
        for (const r of b.rows) expect(rowName('active', r.key, v)).toBe(r.label);
  });

  it('names a cell and a table as messages do, and an unknown key as itself', () => {
    expect(cellName('requests', 'new', 'total')).toBe('表三 一、本年新收 › 总计');
    expect(cellName('appeals', 'suit', 'upheld', 2021)).toBe(
      '表四 行政诉讼（未经复议直接起诉） › 结果维持',
    );
    expect(tableName('active')).toBe('表二');
    expect(rowName('requests', 'nope')).toBe('nope');
  });
});
