// The self-test (自检) in Word: in an EMPTY document, builds a small report and tries each
// capability the add-in uses, re-reading after each; then removes what it wrote. What it saw is
// the report the user copies to us (no machine of ours runs Word). It refuses a document with
// content: it writes, and a user's report must never be where a test writes.

import {
  CAPABILITIES,
  type CapabilityId,
  type SelfTestReport,
  type SelfTestResult,
} from '../selftest';
import { wrapFlatPackage } from '../../core/template';
import { escapeXml } from '../../core/ooxml/xml';
import type { WordEnv } from './env';
import { cellShading } from './marks';
import { readDocument, type WordSnapshot } from './read';

export const SELFTEST_REFUSED =
  '自检需要在空白文档中运行：它会写入一份小报告并在结束后删除。请新建一个空白文档，再从“…”菜单运行自检。';
/** The settings key the self-test writes and removes. */
export const SELFTEST_SETTING = 'gouji-selftest';
/** How long the self-test waits for Word to report its edit (the delay is undocumented). */
export const EVENT_WAIT_MS = 5000;
const MARK = '#D13438';

/** Requirement sets reported in the self-test: what the add-in uses or may use. */
const REQUIREMENT_SETS: [string, string][] = [
  ['WordApi', '1.1'],
  ['WordApi', '1.2'],
  ['WordApi', '1.3'],
  ['WordApi', '1.4'],
  ['WordApi', '1.5'],
  ['WordApi', '1.6'],
  ['WordApi', '1.7'],
  ['WordApi', '1.8'],
  ['WordApiDesktop', '1.1'],
];

const p = (text: string, bold = false): string =>
  `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
const tc = (text: string): string => `<w:tc>${text ? p(text) : '<w:p/>'}</w:tc>`;

/** The small report: a title, a heading, a 2×3 table with one blank cell. */
export const SELFTEST_BODY =
  p('勾稽自检 政府信息公开工作年度报告') +
  p('一、总体情况', true) +
  '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>' +
  `<w:tr>${tc('项目')}${tc('本年')}${tc('上年')}</w:tr>` +
  `<w:tr>${tc('数量')}${tc('')}${tc('3')}</w:tr></w:tbl>` +
  p('');

type Step = (context: Word.RequestContext) => Promise<{ ok: boolean | 'skipped'; seen: string }>;

function cellText(snapshot: WordSnapshot, row: number, cell: number): string | undefined {
  return snapshot.model.tables[0]?.rows[row]?.cells[cell]?.text;
}

export async function runSelfTest(env: WordEnv): Promise<SelfTestReport> {
  const info = env.diagnostics?.() ?? { version: '未知', platform: '未知' };
  const report: SelfTestReport = {
    host: 'word',
    build: `Word ${info.version} (${info.platform})`,
    platform: info.platform,
    supported: REQUIREMENT_SETS.filter(([n, v]) => env.isSetSupported(n, v)).map(
      ([n, v]) => `${n} ${v}`,
    ),
    results: [],
  };

  const empty = await env.run(async (context) => {
    const body = context.document.body;
    const paragraphs = body.paragraphs.load('items/text');
    const tables = body.tables.load('items/nestingLevel');
    await context.sync();
    return tables.items.length === 0 && paragraphs.items.every((x) => x.text.trim() === '');
  });
  if (!empty) return { ...report, refused: SELFTEST_REFUSED };

  const steps: Record<CapabilityId, Step> = {
    'read-tables': async (context) => {
      context.document.body.insertOoxml(wrapFlatPackage(SELFTEST_BODY), 'End');
      await context.sync();
      const s = await readDocument(context);
      const t = s.model.tables[0];
      const seen = t
        ? `读到 ${s.model.tables.length} 个表格，第 1 个 ${t.rows.length}×${t.rows[0]?.cells.length ?? 0}，第 2 行为“${t.rows[1]?.cells.map((c) => c.text).join('｜') ?? ''}”`
        : '没有读到表格';
      return { ok: cellText(s, 1, 2) === '3' && cellText(s, 1, 1) === '', seen };
    },
    'mark-cell': async (context) => {
      const s = await readDocument(context);
      s.tables[0].getCellOrNullObject(1, 1).shadingColor = MARK;
      const after = s.tables[0].getRange('Whole').getOoxml();
      await context.sync();
      const fill = cellShading(after.value)[1]?.[1] ?? '';
      const again = await readDocument(context);
      const same =
        cellText(again, 1, 1) === '' &&
        again.model.tables[0]?.rows[1]?.cells[1]?.paragraphs.length === 1;
      return {
        ok: fill === MARK && same,
        seen: `底纹为“${fill || '无'}”，单元格内容${same ? '未变' : '被改变'}`,
      };
    },
    'clear-marks': async (context) => {
      const s = await readDocument(context);
      s.tables[0].getCellOrNullObject(1, 1).shadingColor = '';
      const after = s.tables[0].getRange('Whole').getOoxml();
      await context.sync();
      const fill = cellShading(after.value)[1]?.[1] ?? '';
      return { ok: fill === '', seen: `清除后底纹为“${fill || '无'}”` };
    },
    'write-value': async (context) => {
      const s = await readDocument(context);
      s.tables[0].getCellOrNullObject(1, 1).body.paragraphs.getLast().insertText('7', 'Replace');
      await context.sync();
      const again = await readDocument(context);
      const text = cellText(again, 1, 1);
      return { ok: text === '7', seen: `写入“7”后读到“${text ?? ''}”` };
    },
    'insert-section': async (context) => {
      const s = await readDocument(context);
      const heading = s.paragraphs[1];
      heading
        .getRange('Whole')
        .insertOoxml(wrapFlatPackage(p('二、主动公开政府信息情况', true)), 'After');
      await context.sync();
      const again = await readDocument(context);
      const texts = again.model.paragraphs.map((x) => x.text);
      const at = texts.indexOf('二、主动公开政府信息情况');
      return {
        ok: at === 2,
        seen: at < 0 ? '插入后没有读到“二、”' : `“二、”在第 ${at + 1} 段（应为第 3 段）`,
      };
    },
    'locate-cell': async (context) => {
      const s = await readDocument(context);
      s.tables[0].getCellOrNullObject(1, 1).body.getRange('Content').select();
      const selected = context.document.getSelection().load('text');
      await context.sync();
      return { ok: selected.text.trim() === '7', seen: `选中的文字为“${selected.text}”` };
    },
    'edit-event': async (context) => {
      if (!env.isSetSupported('WordApi', '1.6'))
        return {
          ok: 'skipped',
          seen: '此版本的 Word 不支持 WordApi 1.6 的编辑事件，将以选择变化代替',
        };
      let got: { at: number; source?: string } | undefined;
      const started = Date.now();
      const handler = context.document.onParagraphChanged.add(async (e) => {
        got ??= { at: Date.now() - started, source: e.source };
      });
      await context.sync();
      const s = await readDocument(context);
      s.paragraphs[0].insertText('勾稽自检 事件', 'Replace');
      await context.sync();
      for (let waited = 0; !got && waited < EVENT_WAIT_MS; waited += 100)
        await new Promise((r) => setTimeout(r, 100));
      handler.remove();
      await context.sync();
      return got
        ? { ok: true, seen: `${got.at} 毫秒后收到事件（来源 ${got.source ?? '未报告'}）` }
        : { ok: false, seen: `${EVENT_WAIT_MS / 1000} 秒内没有收到编辑事件` };
    },
    settings: async () => {
      const value = `自检 ${Date.now()}`;
      env.settings.set(SELFTEST_SETTING, value);
      await new Promise<void>((resolve, reject) =>
        env.settings.saveAsync((r) =>
          String(r.status) === 'failed' ? reject(new Error(r.error.message)) : resolve(),
        ),
      );
      const read = env.settings.get(SELFTEST_SETTING) as unknown;
      env.settings.remove?.(SELFTEST_SETTING);
      return {
        ok: read === value,
        seen: read === value ? '写入并读回一致' : `读回“${String(read)}”`,
      };
    },
  };

  for (const cap of CAPABILITIES) {
    let result: SelfTestResult;
    try {
      const r = await env.run(steps[cap.id]);
      result = {
        id: cap.id,
        label: cap.label,
        status: r.ok === 'skipped' ? 'skipped' : r.ok ? 'passed' : 'failed',
        seen: r.seen,
      };
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      result = { id: cap.id, label: cap.label, status: 'failed', seen: `出错：${detail}` };
    }
    report.results.push(result);
  }

  // Leave the document as it was: empty.
  await env
    .run(async (context) => {
      context.document.body.clear();
      await context.sync();
    })
    .catch(() => undefined);
  return report;
}
