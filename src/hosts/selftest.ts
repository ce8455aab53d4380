// The self-test (自检) contract shared by the Word and WPS hosts: the capabilities the add-in relies
// on, in the order the self-test tries them, and what it reports. The pane renders the report as a
// table (capability → 通过 / 失败 with what was seen) that the user can copy and send us: no machine
// of ours runs Word or WPS, so this is how we learn what works on theirs.

export const CAPABILITIES = [
  { id: 'read-tables', label: '通过 OOXML 读取表格' },
  { id: 'mark-cell', label: '标记空白单元格' },
  { id: 'clear-marks', label: '清除标记' },
  { id: 'write-value', label: '写入数值' },
  { id: 'insert-section', label: '插入缺失部分' },
  { id: 'locate-cell', label: '定位单元格' },
  { id: 'edit-event', label: '接收编辑事件' },
  { id: 'settings', label: '在文档中保存设置' },
] as const;

export type CapabilityId = (typeof CAPABILITIES)[number]['id'];

export interface SelfTestResult {
  id: CapabilityId;
  /** Chinese, from CAPABILITIES. */
  label: string;
  /** 'skipped' when the host lacks the API (e.g. no edit events before WordApi 1.6). */
  status: 'passed' | 'failed' | 'skipped';
  /** What the self-test saw after re-reading (Chinese, with raw values where they help us). */
  seen: string;
}

export interface SelfTestReport {
  host: 'word' | 'wps';
  /** e.g. "Word 16.0.17928 (PC)", "WPS 12.1.0.16120 (Linux)". */
  build: string;
  platform: string;
  /** Requirement sets (Word) or API features (WPS) the host reports as supported. */
  supported: string[];
  /** Set when the self-test refused to run (a document with content); no result then. */
  refused?: string;
  results: SelfTestResult[];
}

/** The plain-text form the pane's 复制 button puts on the clipboard. */
export function selfTestText(report: SelfTestReport): string {
  const head = [`勾稽自检：${report.build}`, `平台：${report.platform}`];
  head.push(`支持：${report.supported.join('、') || '（未报告）'}`);
  if (report.refused) return [...head, report.refused].join('\n');
  const status = { passed: '通过', failed: '失败', skipped: '跳过' } as const;
  const lines = report.results.map((r) => `${r.label}\t${status[r.status]}\t${r.seen}`);
  return [...head, '', ...lines].join('\n');
}
