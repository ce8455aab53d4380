// The self-test (自检) in WPS: in an empty document it inserts section 四 (its heading and the
// appeals table) and tries every capability of selftest.ts through the same code paths the host
// uses, re-reading the document after each. Its report is what a user of a real WPS sends us.

import { officialHeading } from '../../core/format';
import { renderSection, wrapFlatPackage } from '../../core/template';
import {
  CAPABILITIES,
  type CapabilityId,
  type SelfTestReport,
  type SelfTestResult,
} from '../selftest';
import type { WpsAddon, WpsApp, WpsDocument } from './api';
import { applyPlan } from './edits';
import { cellOf, ParagraphLocator } from './locate';
import { applyMarks, clearMarks } from './marks';
import { cellText, readWps, READ_PATH_LABELS } from './read';
import { deleteVariable, getVariable, setVariable } from './variables';

export const REFUSED = '自检只能在空白文档中运行：请新建一个空白文档，再点“自检”。';
/** How long the self-test waits for WPS to report its own edit. */
export const EVENT_WAIT_MS = 1500;
const PROBE_VARIABLE = 'gouji.selftest';
const PROBE_VALUE = '7';

function platform(): string {
  const ua = typeof navigator !== 'undefined' ? navigator.userAgent : '';
  if (/Windows/i.test(ua)) return 'Windows';
  if (/Linux/i.test(ua)) return 'Linux';
  return ua || '未知';
}

function probe(app: WpsApp, addon: WpsAddon): string[] {
  const d = app.ActiveDocument;
  const has: string[] = [];
  const test = (name: string, ok: () => boolean): void => {
    try {
      if (ok()) has.push(name);
    } catch {
      // Not there on this build.
    }
  };
  test('Document.WordOpenXML', () => typeof d.WordOpenXML === 'string');
  test('Range.WordOpenXML', () => typeof d.Content.WordOpenXML === 'string');
  test('UndoRecord', () => typeof app.UndoRecord?.StartCustomRecord === 'function');
  test('ApiEvent', () => typeof addon.ApiEvent?.AddApiEventListener === 'function');
  test('PluginStorage', () => addon.PluginStorage !== undefined);
  return has;
}

type Step = () => string | Promise<string>;

async function attempt(id: CapabilityId, step: Step): Promise<SelfTestResult> {
  const label = CAPABILITIES.find((c) => c.id === id)?.label ?? id;
  try {
    return { id, label, status: 'passed', seen: await step() };
  } catch (err) {
    return { id, label, status: 'failed', seen: err instanceof Error ? err.message : String(err) };
  }
}

function expect(ok: boolean, seen: string): string {
  if (!ok) throw new Error(seen);
  return seen;
}

export async function runSelfTest(app: WpsApp, addon: WpsAddon): Promise<SelfTestReport> {
  const d: WpsDocument = app.ActiveDocument;
  const report: SelfTestReport = {
    host: 'wps',
    build: `WPS ${app.Build ?? app.Version ?? '（未报告版本）'}`,
    platform: platform(),
    supported: probe(app, addon),
    results: [],
  };
  if (cellText(d.Content.Text).trim() !== '' || d.Tables.Count > 0) {
    report.refused = REFUSED;
    return report;
  }
  const results = new Map<CapabilityId, SelfTestResult>();
  const run = async (id: CapabilityId, step: Step): Promise<void> => {
    results.set(id, await attempt(id, step));
  };

  await run('insert-section', () => {
    d.Range(d.Content.End, d.Content.End).InsertXML(wrapFlatPackage(renderSection('s4', 2021)));
    const first = readWps(d).model;
    const corner = first.tables[0]?.rows[0]?.cells[0]?.text;
    // Then the host's own path, at the place most likely to go wrong: just before a table, where
    // a range that starts inside the table's first cell would put the section into that cell.
    applyPlan(d, new ParagraphLocator(d), first, {
      edits: [
        {
          kind: 'insert-section',
          section: 's1',
          version: 2021,
          anchor: { position: 'before', table: 0 },
        },
      ],
    });
    const model = readWps(d).model;
    const heading = model.paragraphs.findIndex((p) => p.text === officialHeading('s1'));
    const seen =
      `插入后读到 ${model.tables.length} 个表格；` +
      `“${officialHeading('s1')}”${heading >= 0 ? '在表格前' : '未找到'}；` +
      `表格首格“${model.tables[0]?.rows[0]?.cells[0]?.text ?? ''}”`;
    return expect(
      first.tables.length === 1 &&
        model.tables.length === 1 &&
        heading >= 0 &&
        model.tables[0]?.rows[0]?.cells[0]?.text === corner,
      seen,
    );
  });
  await run('read-tables', () => {
    const snapshot = readWps(d);
    const cells = snapshot.model.tables[0]?.rows.reduce((n, r) => n + r.cells.length, 0) ?? 0;
    return expect(cells > 0, `${READ_PATH_LABELS[snapshot.path]}：${cells} 个单元格`);
  });
  const target = { table: 0, row: 2, cell: 1 };
  await run('mark-cell', () => {
    const before = cellOf(d, target)?.Shading.BackgroundPatternColor;
    const marked = applyMarks(d, new ParagraphLocator(d), [
      { cell: target, rule: 'cell-blank', severity: 'error', message: '' },
    ]);
    const after = cellOf(d, target)?.Shading.BackgroundPatternColor;
    return expect(marked === 1 && after !== before, `底纹 ${String(before)} → ${String(after)}`);
  });
  await run('clear-marks', () => {
    const cell = cellOf(d, target);
    const cleared = clearMarks(d, new ParagraphLocator(d));
    const shading = cell?.Shading.BackgroundPatternColor;
    return expect(cleared === 1, `清除 ${cleared} 处，底纹恢复为 ${String(shading)}`);
  });
  const events: number[] = [];
  const listener = (): void => void events.push(Date.now());
  const api = addon.ApiEvent;
  if (api) api.AddApiEventListener('ContentChange', listener);
  await run('write-value', () => {
    const cell = cellOf(d, target);
    if (!cell) throw new Error('找不到单元格');
    cell.Range.Text = PROBE_VALUE;
    const read = readWps(d).model.tables[0]?.rows[target.row]?.cells[target.cell]?.text;
    return expect(
      read === PROBE_VALUE,
      `写入 ${PROBE_VALUE}，重新读取为“${read ?? ''}”（对象模型：“${cellText(cell.Range.Text)}”）`,
    );
  });
  await run('locate-cell', () => {
    const range = cellOf(d, target)?.Range;
    if (!range) throw new Error('找不到单元格');
    range.Select();
    app.ActiveWindow?.ScrollIntoView(range, true);
    return `已选中第 ${target.row + 1} 行第 ${target.cell + 1} 个单元格`;
  });
  if (api) {
    await run('edit-event', async () => {
      await new Promise((resolve) => setTimeout(resolve, EVENT_WAIT_MS));
      api.RemoveApiEventListener('ContentChange', listener);
      return expect(events.length > 0, `收到 ContentChange ${events.length} 次`);
    });
  } else {
    results.set('edit-event', {
      id: 'edit-event',
      label: CAPABILITIES.find((c) => c.id === 'edit-event')?.label ?? '',
      status: 'skipped',
      seen: '此版本没有 ApiEvent，无法自动重新检查',
    });
  }
  await run('settings', () => {
    setVariable(d.Variables, PROBE_VARIABLE, PROBE_VALUE);
    const read = getVariable(d.Variables, PROBE_VARIABLE);
    deleteVariable(d.Variables, PROBE_VARIABLE);
    return expect(
      read === PROBE_VALUE,
      `Document.Variables 写入 ${PROBE_VALUE}，读回“${read ?? ''}”`,
    );
  });
  report.results = CAPABILITIES.flatMap((c) => results.get(c.id) ?? []);
  return report;
}
