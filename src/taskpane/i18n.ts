// Every word the pane and the browser checker show, in zh-CN (the default: the users are Chinese
// civil servants) and en (for reviewers and developers). Components never hold literal text, so a
// missing translation is a type error here rather than a stray string in the UI.

import type { RuleId, Severity } from '../core/finding';
import { officialHeading, type FormatVersion, type SectionKey } from '../core/format';
import { RULE_TITLES, RULE_TITLES_EN } from '../core/rules/names';

export type Locale = 'zh-CN' | 'en';

export interface Strings {
  /** BCP 47 tag for the `lang` attribute, so screen readers pick the right voice. */
  lang: string;
  toolbar: string;
  check: string;
  fixAll: string;
  clearMarks: string;
  insertMissing: string;
  checking: string;
  notReportTitle: string;
  notReportBody: string;
  noTablesTitle: string;
  noTablesBody: string;
  errorTitle: string;
  allGoodTitle: string;
  allGoodBody: string;
  summary: string;
  yearVersion(year: number | null, version: FormatVersion | null): string;
  counts(errors: number, warnings: number): string;
  errorsBadge(n: number): string;
  warningsBadge(n: number): string;
  noIssues: string;
  findings: string;
  severity: Record<Severity, string>;
  /** "应为 3 · 表中为 0": `inTable` tells a table cell from a number in the prose. */
  expectedActual(
    expected: string | undefined,
    actual: string | undefined,
    inTable: boolean,
  ): string;
  quote(q: string): string;
  locate: string;
  fix: string;
  /** The button of a fix that is not safe: the value is a suggestion the user confirms by clicking. */
  suggest: string;
  ignore: string;
  restore: string;
  locateLabel(message: string): string;
  fixLabel(message: string): string;
  suggestLabel(message: string): string;
  ignoreLabel(message: string): string;
  restoreLabel(message: string): string;
  /** A rule's findings in one section, shown as one group: "23 处". */
  groupCount(n: number): string;
  /** Fixes every finding of the group that has a fix: "修复此类（23）". */
  fixGroup(n: number): string;
  expandGroup: string;
  collapseGroup: string;
  /** A group button's accessible name, naming the rule: "展开：空白单元格". */
  groupActionLabel(action: string, ruleName: string): string;
  /** Below a collapsed group's first cards: "还有 21 处…". */
  moreInGroup(n: number): string;
  showIgnored(n: number): string;
  hideIgnored: string;
  ignoredTitle: string;
  fixedNotice(n: number): string;
  insertedNotice(n: number): string;
  marksCleared: string;
  ignoredNotice: string;
  restoredNotice: string;
  actionFailed(message: string): string;
  unknownError: string;
  sectionHeading(key: SectionKey): string;
  otherSection: string;
  rule: Record<RuleId, string>;
  // One clear path: section chips, the selected finding, what to check where nothing can be fixed.
  /** The chip that shows every section. */
  allSections: string;
  /** A chip's short text: the section's number. */
  sectionShort(key: SectionKey): string;
  /** A chip's accessible name: "三、收到和处理政府信息公开申请情况：2 个错误，1 个警告". */
  chipLabel(heading: string, errors: number, warnings: number): string;
  chipsLabel: string;
  /** Above the cells of a finding without a fix (or the table cells of a prose finding). */
  checkCells: string;
  /** 定位 of a prose finding: the sentence (its cells are listed below it). */
  locateSentence: string;
  locateSentenceLabel(message: string): string;
  locateCellLabel(cell: string): string;
  // Keyboard, the "…" menu and the self-test (自检).
  /** The keys that move to the next / previous finding (say it where the user sees the list). */
  keysHint: string;
  moreActions: string;
  selfTest: string;
  selfTestTitle: string;
  selfTestRunning: string;
  selfTestFailed(message: string): string;
  selfTestBuild: string;
  selfTestPlatform: string;
  selfTestSupported: string;
  selfTestNone: string;
  selfTestCapability: string;
  selfTestResult: string;
  selfTestSeen: string;
  selfTestStatus: Record<'passed' | 'failed' | 'skipped', string>;
  copy: string;
  copied: string;
  copyFailed: string;
  close: string;
  // Preview before a bulk change, and undo.
  /** The preview dialog's title: "全部修复：将修改 12 处". */
  previewTitle(action: 'fix-all' | 'fix-group' | 'insert', n: number): string;
  previewIntro: string;
  previewListLabel: string;
  /** One cell's change: "表三 一、本年新收 › 总计：0 → 3". */
  changeCell(cell: string, from: string | undefined, to: string): string;
  changeInsertSection(heading: string): string;
  changeInsertTable(table: string): string;
  changeRename(from: string | undefined, to: string): string;
  /** How an empty cell reads in the preview. */
  emptyValue: string;
  confirm: string;
  cancel: string;
  undo: string;
  undoLabel: string;
  undoneNotice: string;
  // The browser checker page.
  appTitle: string;
  appTagline: string;
  privacy: string;
  chooseFile: string;
  dropHint: string;
  download: string;
  /** After 下载修复后的文件: the name it was saved under. */
  downloaded(name: string): string;
  downloadSuffix: string;
  sample: string;
  /** Beside the sample's name: the agency in it is made up. */
  sampleNote: string;
  loading: string;
  preview: string;
  previewEmpty: string;
  fileLabel(name: string): string;
  loadFailed(name: string, message: string): string;
  /** The checker reads and checks a file in its worker: "正在读取并检查“x.docx”…". */
  loadingFile(name: string): string;
  /** The worker took longer than its time limit on this file and was stopped. */
  timedOut(name: string, seconds: number): string;
  /** The worker died on this file (out of memory, an uncaught error). */
  engineStopped(name: string): string;
  /** The browser could not start the checker's worker at all. */
  engineUnavailable: string;
  /** The preview left out the blocks past its limit (the check covered them). */
  previewOmitted(shown: number, omitted: number): string;
  /** The preview cut `n` over-long texts to their first `max` characters. */
  previewClipped(n: number, max: number): string;
  // The Word add-in's page when it cannot start.
  officeMissing: string;
  notInWord: string;
}

// Rule names live with each rule (defineRule's title), so the pane, the CLI and the review say the same.
const ZH_RULES: Readonly<Record<RuleId, string>> = RULE_TITLES;

const EN_RULES: Readonly<Record<RuleId, string>> = RULE_TITLES_EN;

const EN_SECTIONS: Record<SectionKey, string> = {
  s1: '1. Overview',
  s2: '2. Proactive disclosure',
  s3: '3. Requests received and handled',
  s4: '4. Administrative reconsideration and litigation',
  s5: '5. Main problems and improvements',
  s6: '6. Other matters to report',
};

const ZH: Strings = {
  lang: 'zh-CN',
  toolbar: '操作',
  check: '检查',
  fixAll: '全部修复',
  clearMarks: '清除标记',
  insertMissing: '插入缺失章节',
  checking: '正在检查…',
  notReportTitle: '不是年度报告',
  notReportBody: '文档中没有找到政府信息公开工作年度报告的标题、章节或统计表。',
  noTablesTitle: '没有表格',
  noTablesBody: '文档中没有表格：年度报告的第二、三、四部分应各有一张统计表。',
  errorTitle: '无法检查',
  allGoodTitle: '未发现问题',
  allGoodBody: '章节、表格和勾稽关系均已检查。',
  summary: '检查结果',
  yearVersion: (year, version) =>
    `${year === null ? '年度未知' : `${year} 年度`} · ${
      version === null ? '格式版本未知' : `${version} 版格式`
    }`,
  counts: (e, w) => `${e} 个错误 · ${w} 个警告`,
  errorsBadge: (n) => `${n} 错误`,
  warningsBadge: (n) => `${n} 警告`,
  noIssues: '无问题',
  findings: '问题列表',
  severity: { error: '错误', warning: '警告' },
  expectedActual: (expected, actual, inTable) =>
    [
      expected === undefined ? '' : `应为 ${expected}`,
      actual === undefined
        ? ''
        : `${inTable ? '表中为' : '文中为'} ${actual === '' ? '空' : actual}`,
    ]
      .filter((s) => s !== '')
      .join(' · '),
  quote: (q) => `原文：“${q}”`,
  locate: '定位',
  fix: '修复',
  suggest: '按建议修改',
  ignore: '忽略',
  restore: '恢复',
  locateLabel: (m) => `定位：${m}`,
  fixLabel: (m) => `修复：${m}`,
  suggestLabel: (m) => `按建议修改（请先核实）：${m}`,
  ignoreLabel: (m) => `忽略：${m}`,
  restoreLabel: (m) => `恢复：${m}`,
  groupCount: (n) => `${n} 处`,
  fixGroup: (n) => `修复此类（${n}）`,
  expandGroup: '展开',
  collapseGroup: '收起',
  groupActionLabel: (action, rule) => `${action}：${rule}`,
  moreInGroup: (n) => `还有 ${n} 处…`,
  showIgnored: (n) => `显示已忽略 (${n})`,
  hideIgnored: '隐藏已忽略',
  ignoredTitle: '已忽略的问题',
  fixedNotice: (n) => `已修复 ${n} 处，已重新检查。`,
  insertedNotice: (n) => `已插入 ${n} 处缺失内容，已重新检查。`,
  marksCleared: '已清除文档中的标记。',
  ignoredNotice: '已忽略该问题。',
  restoredNotice: '已恢复该问题。',
  actionFailed: (m) => `操作失败：${m}`,
  unknownError: '发生未知错误。',
  sectionHeading: (key) => officialHeading(key),
  otherSection: '其他',
  rule: ZH_RULES,
  keysHint: '按 J / K 转到下一个 / 上一个问题。',
  moreActions: '更多操作',
  selfTest: '自检',
  selfTestTitle: '自检结果',
  selfTestRunning: '正在自检…',
  selfTestFailed: (m) => `自检未能完成：${m}`,
  selfTestBuild: '版本',
  selfTestPlatform: '平台',
  selfTestSupported: '支持',
  selfTestNone: '（未报告）',
  selfTestCapability: '功能',
  selfTestResult: '结果',
  selfTestSeen: '所见',
  selfTestStatus: { passed: '通过', failed: '失败', skipped: '跳过' },
  copy: '复制',
  copied: '已复制到剪贴板。',
  copyFailed: '无法写入剪贴板，请选中下方文字后手动复制。',
  close: '关闭',
  allSections: '全部',
  sectionShort: (key) => officialHeading(key).slice(0, 1),
  chipLabel: (heading, e, w) =>
    `${heading}：${e === 0 && w === 0 ? '无问题' : `${e} 个错误，${w} 个警告`}`,
  chipsLabel: '按部分筛选',
  checkCells: '请核对以下单元格：',
  locateSentence: '定位原文',
  locateSentenceLabel: (m) => `定位原文：${m}`,
  locateCellLabel: (cell) => `定位：${cell}`,
  previewTitle: (action, n) =>
    `${{ 'fix-all': '全部修复', 'fix-group': '修复此类', insert: '插入缺失章节' }[action]}：将修改 ${n} 处`,
  previewIntro: '以下修改确认后才会写入文档，写入后可以撤销。建议修改（需核实的）不在其中。',
  previewListLabel: '将要进行的修改',
  changeCell: (cell, from, to) => `${cell}：${from ?? '？'} → ${to}`,
  changeInsertSection: (heading) => `插入章节：${heading}`,
  changeInsertTable: (table) => `插入${table}`,
  changeRename: (from, to) => `标题：${from ?? '？'} → ${to}`,
  emptyValue: '空',
  confirm: '确认修改',
  cancel: '取消',
  undo: '撤销',
  undoLabel: '撤销上一次修改',
  undoneNotice: '已撤销上一次修改，已重新检查。',
  appTitle: '勾稽 · 政府信息公开工作年度报告检查',
  appTagline: '检查章节、统计表和勾稽关系，一键修复后下载。',
  privacy: '文件只在本机浏览器中处理，不会上传。',
  chooseFile: '选择 .docx 文件',
  dropHint: '或把 .docx 文件拖到此页面',
  download: '下载修复后的文件',
  downloaded: (name) => `已下载“${name}”，原文件未改动。`,
  downloadSuffix: '-勾稽修复',
  sample: '示例报告',
  sampleNote: '虚构单位，仅供演示；请选择您的 .docx 文件进行检查。',
  loading: '正在读取文件…',
  preview: '文档预览',
  previewEmpty: '文档为空。',
  fileLabel: (name) => `当前文件：${name}`,
  loadFailed: (name, m) => `无法打开“${name}”：${m}`,
  loadingFile: (name) => `正在读取并检查“${name}”…`,
  timedOut: (name, s) =>
    `处理超时：“${name}”在 ${s} 秒内未处理完毕，已停止。文件可能过大或结构异常；可以继续打开其他文件。`,
  engineStopped: (name) =>
    `处理“${name}”时检查程序意外中止（文件可能过大或结构异常），已停止处理。可以继续打开其他文件。`,
  engineUnavailable:
    '此浏览器无法启动检查程序（Web Worker），请使用新版 Chrome、Edge 或 Firefox，或 360 等浏览器的极速模式。',
  previewOmitted: (shown, omitted) =>
    `预览只显示前 ${shown} 段（含表格），其余 ${omitted} 段未显示；检查已覆盖全文。`,
  previewClipped: (n, max) => `预览中有 ${n} 处文字过长，只显示了前 ${max} 个字；检查已覆盖全文。`,
  officeMissing: '无法加载 Office.js，请检查网络。',
  notInWord: '请在 Word 中打开此加载项；在浏览器中检查 .docx 请使用 checker.html。',
};

const EN: Strings = {
  lang: 'en',
  toolbar: 'Actions',
  check: 'Check',
  fixAll: 'Fix all',
  clearMarks: 'Clear marks',
  insertMissing: 'Insert missing sections',
  checking: 'Checking…',
  notReportTitle: 'Not an annual report',
  notReportBody:
    'No title, section or table of a government information disclosure annual report was found.',
  noTablesTitle: 'No tables',
  noTablesBody: 'The document has no tables: sections 2, 3 and 4 of a report each hold one.',
  errorTitle: 'Cannot check',
  allGoodTitle: 'No problems found',
  allGoodBody: 'Sections, tables and their cross-checks were all checked.',
  summary: 'Result',
  yearVersion: (year, version) =>
    `${year === null ? 'Year unknown' : `Year ${year}`} · ${
      version === null ? 'format unknown' : `${version} format`
    }`,
  counts: (e, w) => `${e} error${e === 1 ? '' : 's'} · ${w} warning${w === 1 ? '' : 's'}`,
  errorsBadge: (n) => `${n} error${n === 1 ? '' : 's'}`,
  warningsBadge: (n) => `${n} warning${n === 1 ? '' : 's'}`,
  noIssues: 'No issues',
  findings: 'Findings',
  severity: { error: 'Error', warning: 'Warning' },
  expectedActual: (expected, actual, inTable) =>
    [
      expected === undefined ? '' : `Expected ${expected}`,
      actual === undefined
        ? ''
        : `${inTable ? 'table has' : 'text says'} ${actual === '' ? '(blank)' : actual}`,
    ]
      .filter((s) => s !== '')
      .join(' · '),
  quote: (q) => `Text: “${q}”`,
  locate: 'Go to',
  fix: 'Fix',
  suggest: 'Apply suggestion',
  ignore: 'Ignore',
  restore: 'Restore',
  locateLabel: (m) => `Go to: ${m}`,
  fixLabel: (m) => `Fix: ${m}`,
  suggestLabel: (m) => `Apply suggestion (check it first): ${m}`,
  ignoreLabel: (m) => `Ignore: ${m}`,
  restoreLabel: (m) => `Restore: ${m}`,
  groupCount: (n) => `${n} finding${n === 1 ? '' : 's'}`,
  fixGroup: (n) => `Fix these (${n})`,
  expandGroup: 'Expand',
  collapseGroup: 'Collapse',
  groupActionLabel: (action, rule) => `${action}: ${rule}`,
  moreInGroup: (n) => `${n} more…`,
  showIgnored: (n) => `Show ignored (${n})`,
  hideIgnored: 'Hide ignored',
  ignoredTitle: 'Ignored findings',
  fixedNotice: (n) => `Fixed ${n} place${n === 1 ? '' : 's'} and checked again.`,
  insertedNotice: (n) => `Inserted ${n} missing part${n === 1 ? '' : 's'} and checked again.`,
  marksCleared: 'Marks removed from the document.',
  ignoredNotice: 'Finding ignored.',
  restoredNotice: 'Finding restored.',
  actionFailed: (m) => `Action failed: ${m}`,
  unknownError: 'An unknown error occurred.',
  sectionHeading: (key) => `${EN_SECTIONS[key]} (${officialHeading(key)})`,
  otherSection: 'Other',
  rule: EN_RULES,
  keysHint: 'Press J / K for the next / previous finding.',
  moreActions: 'More actions',
  selfTest: 'Self-test',
  selfTestTitle: 'Self-test report',
  selfTestRunning: 'Running the self-test…',
  selfTestFailed: (m) => `The self-test could not finish: ${m}`,
  selfTestBuild: 'Build',
  selfTestPlatform: 'Platform',
  selfTestSupported: 'Supported',
  selfTestNone: '(not reported)',
  selfTestCapability: 'Capability',
  selfTestResult: 'Result',
  selfTestSeen: 'Seen',
  selfTestStatus: { passed: 'Passed', failed: 'Failed', skipped: 'Skipped' },
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Cannot write to the clipboard: select the text below and copy it.',
  close: 'Close',
  allSections: 'All',
  sectionShort: (key) => key.slice(1),
  chipLabel: (heading, e, w) =>
    `${heading}: ${e === 0 && w === 0 ? 'no issues' : `${e} error${e === 1 ? '' : 's'}, ${w} warning${w === 1 ? '' : 's'}`}`,
  chipsLabel: 'Filter by section',
  checkCells: 'Check these cells:',
  locateSentence: 'Go to the sentence',
  locateSentenceLabel: (m) => `Go to the sentence: ${m}`,
  locateCellLabel: (cell) => `Go to: ${cell}`,
  previewTitle: (action, n) =>
    `${{ 'fix-all': 'Fix all', 'fix-group': 'Fix these', insert: 'Insert missing sections' }[action]}: ${n} change${n === 1 ? '' : 's'}`,
  previewIntro:
    'Nothing is written until you confirm, and you can undo afterwards. Suggestions (to be checked first) are not included.',
  previewListLabel: 'Changes to make',
  changeCell: (cell, from, to) => `${cell}: ${from ?? '?'} → ${to}`,
  changeInsertSection: (heading) => `Insert section: ${heading}`,
  changeInsertTable: (table) => `Insert ${table}`,
  changeRename: (from, to) => `Heading: ${from ?? '?'} → ${to}`,
  emptyValue: '(blank)',
  confirm: 'Apply changes',
  cancel: 'Cancel',
  undo: 'Undo',
  undoLabel: 'Undo the last change',
  undoneNotice: 'Last change undone and checked again.',
  appTitle: 'Gouji · annual report checker',
  appTagline: 'Checks sections, tables and their cross-checks; fix, then download.',
  privacy: 'The file is processed in this browser only and is never uploaded.',
  chooseFile: 'Choose a .docx file',
  dropHint: 'or drop a .docx file on this page',
  download: 'Download the fixed file',
  downloaded: (name) => `Downloaded “${name}”; the original file is unchanged.`,
  downloadSuffix: '-勾稽修复',
  sample: 'Sample report',
  sampleNote: 'A made-up agency, for demonstration; choose your own .docx to check it.',
  loading: 'Reading the file…',
  preview: 'Document preview',
  previewEmpty: 'The document is empty.',
  fileLabel: (name) => `File: ${name}`,
  loadFailed: (name, m) => `Cannot open “${name}”: ${m}`,
  loadingFile: (name) => `Reading and checking “${name}”…`,
  timedOut: (name, s) =>
    `Timed out: “${name}” was not processed within ${s} s and was stopped. The file may be too large or malformed; you can open another file.`,
  engineStopped: (name) =>
    `The checker stopped unexpectedly on “${name}” (the file may be too large or malformed). You can open another file.`,
  engineUnavailable:
    'This browser cannot start the checker (Web Worker): use a current Chrome, Edge or Firefox.',
  previewOmitted: (shown, omitted) =>
    `The preview shows the first ${shown} blocks; ${omitted} more are not shown. The check covered the whole document.`,
  previewClipped: (n, max) =>
    `${n} over-long texts are cut to their first ${max} characters in the preview. The check read them whole.`,
  officeMissing: 'Office.js could not be loaded: check the network.',
  notInWord: 'Open this add-in in Word; to check a .docx in a browser use checker.html.',
};

export const STRINGS: Readonly<Record<Locale, Strings>> = { 'zh-CN': ZH, en: EN };

export function strings(locale: Locale = 'zh-CN'): Strings {
  return STRINGS[locale];
}
