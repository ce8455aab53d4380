// What the pane's tests share: findings of each kind, a fake PaneHost that records calls and
// serves scripted outcomes like a real host would, and ways to drive the rendered pane.

import '@testing-library/jest-dom';
import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';

import { findingId } from '../../src/core/check';
import type { Finding } from '../../src/core/finding';
import type { CheckOutcome, PaneHost } from '../../src/hosts/pane-host';
import { Pane } from '../../src/taskpane/Pane';

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one to reflow.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver;

export const rowTotal: Finding = {
  rule: 'row-total',
  severity: 'error',
  message: '“一、本年新收”行的总计应为 3（各类申请人之和），表中为 0',
  section: 's3',
  table: 'requests',
  row: 'new',
  column: 'total',
  expected: '3',
  actual: '0',
  fix: { kind: 'set-cell', safe: true, table: 'requests', row: 'new', column: 'total', value: '3' },
};

export const sectionTitle: Finding = {
  rule: 'section-title',
  severity: 'warning',
  message: '标题应为“二、主动公开政府信息情况”',
  section: 's2',
  expected: '二、主动公开政府信息情况',
  actual: '二、主动公开政府信息的情况',
  fix: { kind: 'rename-heading', safe: false, section: 's2', value: '二、主动公开政府信息情况' },
};

export const balance: Finding = {
  rule: 'balance',
  severity: 'error',
  message: '“自然人”列：一 + 二 ≠ （七）总计 + 四',
  section: 's3',
  table: 'requests',
  column: 'natural',
};

export const otherShare: Finding = {
  rule: 'other-share',
  severity: 'warning',
  message: '（六）其他处理占全部办理结果的比例较高',
  section: 's3',
};

export const missingS6: Finding = {
  rule: 'section-missing',
  severity: 'error',
  message: '缺少“六、其他需要报告的事项”',
  section: 's6',
  fix: { kind: 'insert-section', safe: false, section: 's6', version: 2019 },
};

/** The `n`th blank cell of the requests table (s3) or of another section's table. */
export function blank(
  n: number,
  opts: { fix?: boolean; section?: 's2' | 's3' | 's4' } = {},
): Finding {
  const section = opts.section ?? 's3';
  const table = section === 's3' ? 'requests' : section === 's2' ? 'active' : 'appeals';
  const column = `c${n}`;
  const fix: Finding['fix'] = opts.fix
    ? { kind: 'set-cell', safe: true, table, row: 'new', column, value: '0' }
    : undefined;
  return {
    rule: 'cell-blank',
    severity: 'error',
    message: `第 ${n} 列的单元格为空`,
    section,
    table,
    row: 'new',
    column,
    ...(fix ? { fix } : {}),
  };
}

export function vague(n: number): Finding {
  return {
    rule: 'section-empty',
    severity: 'warning',
    message: `第 ${n} 段内容空泛`,
    section: 's3',
    quote: `空泛 ${n}`,
  };
}

/** The rule group of `rule` in the section group `section`. */
export function ruleGroup(rule: string, section = 's3'): HTMLElement {
  const el = document.querySelector<HTMLElement>(
    `section[data-section="${section}"] [data-group-rule="${rule}"]`,
  );
  if (!el) throw new Error(`no group ${rule} in ${section}`);
  return el;
}

export function report(findings: Finding[]): CheckOutcome {
  return {
    kind: 'report',
    year: 2020,
    formatVersion: 2019,
    sections: [],
    findings,
  };
}

/** A host whose document holds `findings`; fixes remove the fixed ones, as a real host would. */
export function fakeHost(initial: CheckOutcome, ignores: string[] = []) {
  let outcome = initial;
  let saved = [...ignores];
  const listeners = new Set<() => void>();
  const calls = {
    check: 0,
    fix: [] as Finding[][],
    select: [] as Finding[],
    saveIgnores: [] as string[][],
    insertMissing: [] as Finding[][],
    clearMarks: 0,
  };
  const dropFixed = (fixed: Finding[]) => {
    if (outcome.kind !== 'report') return;
    const gone = new Set(fixed.map(findingId));
    outcome = { ...outcome, findings: outcome.findings.filter((f) => !gone.has(findingId(f))) };
  };
  const host: PaneHost = {
    kind: 'docx',
    check: async () => {
      calls.check++;
      if (outcome.kind !== 'report') return outcome;
      // Like the real hosts, ignored findings never leave the host.
      return {
        ...outcome,
        findings: outcome.findings.filter((f) => !saved.includes(findingId(f))),
      };
    },
    select: async (f) => {
      calls.select.push(f);
    },
    fix: async (fs) => {
      calls.fix.push(fs);
      dropFixed(fs);
    },
    clearMarks: async () => {
      calls.clearMarks++;
    },
    insertMissing: async (fs) => {
      calls.insertMissing.push(fs);
      dropFixed(fs);
    },
    loadIgnores: async () => [...saved],
    saveIgnores: async (ids) => {
      calls.saveIgnores.push(ids);
      saved = [...ids];
    },
    onChange: (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
  };
  return {
    host,
    calls,
    setOutcome: (o: CheckOutcome) => {
      outcome = o;
    },
    emitChange: () => listeners.forEach((cb) => cb()),
  };
}

export function findingEl(rule: string): HTMLElement {
  const el = document.querySelector<HTMLElement>(`[data-rule="${rule}"]:not([data-ignored])`);
  if (!el) throw new Error(`no finding ${rule}`);
  return el;
}

/** Clicks 确认修改 in the open preview dialog. */
// Two cores shared by several developers: a re-render after an action can take over the default
// second. Waits are bounded by what they wait for, so a longer limit costs nothing when all is well.
configure({ asyncUtilTimeout: 5000 });

export async function confirmPreview(): Promise<void> {
  const dialog = await previewDialog();
  const confirm = dialog.querySelector('[data-action="confirm"]') as HTMLElement;
  expect(confirm).toHaveTextContent('确认修改');
  fireEvent.click(confirm);
  await waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
}

/**
 * The open preview dialog. (Found by selector: getByRole walks the whole pane and is slow enough
 * under load to time out.)
 */
export async function previewDialog(): Promise<HTMLElement> {
  return waitFor(
    () => {
      const el = document.querySelector<HTMLElement>('[role="dialog"]');
      if (!el) throw new Error('no dialog');
      return el;
    },
    { timeout: 5000 },
  );
}

export async function renderChecked(host: PaneHost, locale?: 'zh-CN' | 'en') {
  render(<Pane host={host} locale={locale} />);
  await waitFor(() => expect(screen.queryByText('正在检查…')).not.toBeInTheDocument());
}
