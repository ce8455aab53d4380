// The three official tables as data (spec/format.md): labels verbatim, canonical keys. What every
// version shares is here; what a version lays out its own way is its file in versions/.

export interface ColumnDef {
  key: string;
  /** The header label verbatim; a path " › " joins a group and its sub-label. */
  label: string;
  /** Money (only `active` amounts), else a non-negative integer count. */
  money?: boolean;
  /** May be negative (`change`, 本年增/减). */
  signed?: boolean;
  /** How messages name the column when not its label's last part (labels.ts). */
  name?: string;
}

export interface RowDef {
  key: string;
  /** The row label verbatim (the innermost label; `group` holds the enclosing merged label). */
  label: string;
  group?: string;
  /** Outermost label merged down over the row (requests: 三、本年度办理结果). */
  super?: string;
  /** True for rows whose cells are sums of others (requests `total`). */
  total?: boolean;
  /** True for the result rows whose sum is （七）总计. */
  result?: boolean;
  /** How messages name the row when not "group › label" (labels.ts): "一、本年新收". */
  name?: string;
}

// ---------- active (二、主动公开政府信息情况) ----------

export interface ActiveBlockDef {
  /** "第二十条第（一）项" */
  title: string;
  columns: ColumnDef[];
  rows: RowDef[];
}

/** The header cell of the item column in every `active` block. */
export const ACTIVE_ITEM_HEADER = '信息内容';

// ---------- requests (三、收到和处理政府信息公开申请情况) ----------

export const REQUESTS_CORNER =
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const REQUESTS_APPLICANT_HEADER = '申请人情况';
export const REQUESTS_ORG_GROUP = '法人或其他组织';

export const REQUESTS_COLUMNS: readonly ColumnDef[] = [
  { key: 'natural', label: '自然人' },
  { key: 'commercial', label: '法人或其他组织 › 商业企业' },
  { key: 'research', label: '法人或其他组织 › 科研机构' },
  { key: 'nonprofit', label: '法人或其他组织 › 社会公益组织' },
  { key: 'legal', label: '法人或其他组织 › 法律服务机构' },
  { key: 'org_other', label: '法人或其他组织 › 其他', name: '其他法人或组织' },
  { key: 'total', label: '总计' },
];

/** The six applicant columns whose sum is the `total` column. */
export const APPLICANT_COLUMNS: readonly string[] = REQUESTS_COLUMNS.filter(
  (c) => c.key !== 'total',
).map((c) => c.key);

/** Requests row labels every version shares; a version's file puts its rows together from them. */
export const RESULTS = '三、本年度办理结果';
const DENIED = '（三）不予公开';
const UNAVAILABLE = '（四）无法提供';
const REJECTED = '（五）不予处理';
export const OTHER = '（六）其他处理';

export const REQUESTS_HEAD: readonly RowDef[] = [
  { key: 'new', label: '一、本年新收政府信息公开申请数量', name: '一、本年新收' },
  { key: 'carried', label: '二、上年结转政府信息公开申请数量', name: '二、上年结转' },
  { key: 'granted', label: '（一）予以公开', super: RESULTS, result: true },
  {
    key: 'partial',
    label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
    name: '（二）部分公开',
    super: RESULTS,
    result: true,
  },
  ...[
    '1.属于国家秘密',
    '2.其他法律行政法规禁止公开',
    '3.危及“三安全一稳定”',
    '4.保护第三方合法权益',
    '5.属于三类内部事务信息',
    '6.属于四类过程性信息',
    '7.属于行政执法案卷',
    '8.属于行政查询事项',
  ].map((label, i) => ({
    key: `denied.${i + 1}`,
    label,
    group: DENIED,
    super: RESULTS,
    result: true,
  })),
  ...['1.本机关不掌握相关政府信息', '2.没有现成信息需要另行制作', '3.补正后申请内容仍不明确'].map(
    (label, i) => ({
      key: `unavailable.${i + 1}`,
      label,
      group: UNAVAILABLE,
      super: RESULTS,
      result: true,
    }),
  ),
  ...[
    '1.信访举报投诉类申请',
    '2.重复申请',
    '3.要求提供公开出版物',
    '4.无正当理由大量反复申请',
    '5.要求行政机关确认或重新出具已获取信息',
  ].map((label, i) => ({
    key: `rejected.${i + 1}`,
    label,
    group: REJECTED,
    super: RESULTS,
    result: true,
  })),
];

export const REQUESTS_TAIL: readonly RowDef[] = [
  { key: 'total', label: '（七）总计', super: RESULTS, total: true },
  { key: 'forward', label: '四、结转下年度继续办理' },
];

// ---------- appeals (四、政府信息公开行政复议、行政诉讼情况) ----------

export const APPEALS_ROWS: readonly RowDef[] = [
  { key: 'review', label: '行政复议' },
  {
    key: 'suit',
    label: '未经复议直接起诉',
    group: '行政诉讼',
    name: '行政诉讼（未经复议直接起诉）',
  },
  {
    key: 'suit_after_review',
    label: '复议后起诉',
    group: '行政诉讼',
    name: '行政诉讼（复议后起诉）',
  },
];

export const APPEALS_COLUMNS: readonly ColumnDef[] = [
  { key: 'upheld', label: '结果维持' },
  { key: 'corrected', label: '结果纠正' },
  { key: 'other', label: '其他结果' },
  { key: 'pending', label: '尚未审结' },
  { key: 'total', label: '总计' },
];

export const APPEALS_PARTS: readonly string[] = ['upheld', 'corrected', 'other', 'pending'];
