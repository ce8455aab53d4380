// How a user reads a cell's place: "表三 一、本年新收 › 总计". Used by messages and the CLI.

import type { RuleId } from '../finding';
import { activeBlocks, type FormatVersion, type TableKey } from '../format';

const TABLE_NAMES: Record<TableKey, string> = { active: '表二', requests: '表三', appeals: '表四' };

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

function activeLabel(
  kind: 'rows' | 'columns',
  key: string,
  version?: FormatVersion | null,
): string {
  for (const v of version ? [version] : ([2019, 2021] as const)) {
    for (const b of activeBlocks(v)) {
      const hit =
        kind === 'rows' ? b.rows.find((r) => r.key === key) : b.columns.find((c) => c.key === key);
      if (hit) return hit.label;
    }
  }
  return key;
}

export function tableName(table: TableKey): string {
  return TABLE_NAMES[table];
}

export function rowName(table: TableKey, row: string, version?: FormatVersion | null): string {
  if (table === 'requests') return REQUEST_ROWS[row] ?? row;
  if (table === 'appeals') return APPEAL_ROWS[row] ?? row;
  return activeLabel('rows', row, version);
}

export function columnName(
  table: TableKey,
  column: string,
  version?: FormatVersion | null,
): string {
  if (table === 'requests') return REQUEST_COLUMNS[column] ?? column;
  if (table === 'appeals') return APPEAL_COLUMNS[column] ?? column;
  return activeLabel('columns', column, version);
}

/** "表三 一、本年新收 › 总计" */
export function cellName(
  table: TableKey,
  row: string,
  column: string,
  version?: FormatVersion | null,
): string {
  return `${tableName(table)} ${rowName(table, row, version)} › ${columnName(table, column, version)}`;
}

/** Each rule's Chinese name, as the pane, the command line and the batch review show it. */
export const RULE_TITLES: Readonly<Record<RuleId, string>> = {
  'section-missing': '缺少章节',
  'section-numbering': '章节序号不规范',
  'section-order': '章节顺序错误',
  'section-title': '章节标题不规范',
  'title-year': '标题年度不符',
  'table-missing': '缺少表格',
  'table-layout': '表格结构不符',
  'table-label': '行标题不规范',
  'format-version': '格式版本不符',
  'cell-blank': '空白单元格',
  'cell-not-number': '非数字',
  'cell-negative': '负数',
  'cell-fraction': '非整数',
  'amount-unit': '金额缺少单位',
  'row-total': '行合计不符',
  'column-total': '列合计不符',
  balance: '收结不平衡',
  'appeals-total': '复议诉讼合计不符',
  'active-consistency': '主动公开数据矛盾',
  'text-table-mismatch': '正文与表格不符',
  'year-mismatch': '正文年份不符',
  'carryover-mismatch': '上年结转不符',
  'in-force-continuity': '现行有效件数不连续',
  'other-share': '其他处理占比过高',
  'overview-length': '总体情况过长',
  'section-empty': '内容空泛',
  'repeated-text': '与上年雷同',
  'prose-too-long': '正文过长未核对',
  'section-placeholder': '模板占位未填写',
  'text-percent-mismatch': '正文占比不符',
};
