/** @jest-environment jsdom */
// Preview before a bulk change, and undo: 全部修复 and 修复此类 list every change and write nothing
// until 确认修改; 撤销 (on hosts that have undo) takes the last change back.

import '@testing-library/jest-dom';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';

import type { Finding } from '../../src/core/finding';
import type { CheckOutcome, PaneHost } from '../../src/hosts/pane-host';
import { Pane } from '../../src/taskpane/Pane';
import {
  blank,
  confirmPreview,
  fakeHost,
  findingEl,
  missingS6,
  previewDialog,
  renderChecked,
  report,
  ruleGroup,
  rowTotal,
  sectionTitle,
} from './helpers';

/** A blank cell whose fix is a suggestion (0 where nothing determines it). */
const presumedZero: Finding = {
  rule: 'cell-blank',
  severity: 'error',
  message: '“二、本年办理结果 › （一）予以公开”的单元格为空',
  section: 's3',
  table: 'requests',
  row: 'granted',
  column: 'natural',
  expected: '0',
  fix: {
    kind: 'set-cell',
    safe: false,
    table: 'requests',
    row: 'granted',
    column: 'natural',
    value: '0',
  },
};

/** The fake host with undo: each fix or insert pushes the outcome before it. */
function undoableHost(initial: CheckOutcome) {
  const fake = fakeHost(initial);
  const before: CheckOutcome[] = [];
  const undone: number[] = [];
  const { fix, insertMissing, check } = fake.host;
  let current = initial;
  const host: PaneHost = {
    ...fake.host,
    check: async () => {
      current = await check();
      return current;
    },
    fix: async (fs) => {
      before.push(current);
      await fix(fs);
    },
    insertMissing: async (fs) => {
      before.push(current);
      await insertMissing(fs);
    },
    undo: async () => {
      const previous = before.pop();
      if (!previous) throw new Error('没有可以撤销的修改。');
      undone.push(1);
      fake.setOutcome(previous);
    },
    canUndo: () => before.length > 0,
  };
  return { ...fake, host, undone };
}

const changeLines = (dialog: HTMLElement) =>
  [...dialog.querySelectorAll('[data-change]')].map((li) => li.textContent);

describe('preview before a bulk change', () => {
  it('全部修复 (data-action="fix-all") lists each cell as 原值 → 新值 and writes nothing until 确认修改', async () => {
    const { host, calls } = fakeHost(report([rowTotal, blank(1, { fix: true }), sectionTitle]));
    await renderChecked(host);
    const button = document.querySelector('[data-action="fix-all"]') as HTMLElement;
    expect(button).toHaveTextContent('全部修复');
    fireEvent.click(button);

    const dialog = await previewDialog();
    expect(within(dialog).getByText('全部修复：将修改 2 处')).toBeInTheDocument();
    // The suggestion (a heading's wording) is not among them.
    expect(changeLines(dialog)).toEqual([
      '表三 一、本年新收 › 总计：0 → 3',
      '表三 一、本年新收 › c1：空 → 0',
    ]);
    expect(calls.fix).toEqual([]);

    await confirmPreview();
    await waitFor(() => expect(calls.fix).toEqual([[rowTotal, blank(1, { fix: true })]]));
    await waitFor(() => expect(screen.getByText('已修复 2 处，已重新检查。')).toBeInTheDocument());
  });

  it('取消 closes the preview and changes nothing', async () => {
    const { host, calls } = fakeHost(report([rowTotal]));
    await renderChecked(host);
    fireEvent.click(document.querySelector('[data-action="fix-all"]') as HTMLElement);
    const dialog = await previewDialog();
    fireEvent.click(dialog.querySelector('[data-action="cancel"]') as HTMLElement);
    await waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
    expect(calls.fix).toEqual([]);
    expect(findingEl('row-total')).toBeInTheDocument();
  });

  it('never puts a suggestion in a bulk fix: 修复此类 previews and sends only the safe ones', async () => {
    const safe = [1, 2, 3, 4].map((n) => blank(n, { fix: true }));
    const { host, calls } = fakeHost(report([...safe, presumedZero]));
    await renderChecked(host);
    fireEvent.click(
      within(ruleGroup('cell-blank')).getByRole('button', { name: '修复此类（4）：空白单元格' }),
    );
    const dialog = await previewDialog();
    expect(dialog).toHaveTextContent('修复此类：将修改 4 处');
    expect(changeLines(dialog)).toHaveLength(4);
    expect(dialog).not.toHaveTextContent('予以公开');
    await confirmPreview();
    await waitFor(() => expect(calls.fix).toEqual([safe]));
  });

  it('插入缺失章节 lists the sections it will insert', async () => {
    const { host, calls } = fakeHost(report([rowTotal, missingS6]));
    await renderChecked(host);
    fireEvent.click(document.querySelector('[data-action="insert"]') as HTMLElement);
    const dialog = await previewDialog();
    expect(changeLines(dialog)).toEqual(['插入章节：六、其他需要报告的事项']);
    await confirmPreview();
    await waitFor(() => expect(calls.insertMissing).toEqual([[missingS6]]));
  });
});

describe('撤销', () => {
  it('is offered only by hosts that have undo', async () => {
    const { host } = fakeHost(report([rowTotal]));
    await renderChecked(host);
    expect(document.querySelector('[data-action="undo"]')).toBeNull();
  });

  it('after a confirmed bulk fix, takes focus and restores the findings as they were', async () => {
    const { host, undone } = undoableHost(report([rowTotal, blank(1, { fix: true })]));
    await renderChecked(host);
    const undo = document.querySelector('[data-action="undo"]') as HTMLElement;
    expect(undo).toHaveAccessibleName('撤销上一次修改');
    expect(undo).toHaveAttribute('aria-disabled', 'true');

    fireEvent.click(document.querySelector('[data-action="fix-all"]') as HTMLElement);
    await confirmPreview();
    await waitFor(() => expect(document.querySelector('[data-rule]')).toBeNull());
    await waitFor(() => expect(undo).toHaveFocus());
    expect(undo).not.toHaveAttribute('aria-disabled');

    fireEvent.click(undo);
    await waitFor(() => expect(undone).toEqual([1]));
    await waitFor(() => expect(findingEl('row-total')).toBeInTheDocument());
    expect(document.querySelectorAll('[data-rule]')).toHaveLength(2);
    expect(screen.getByText('已撤销上一次修改，已重新检查。')).toBeInTheDocument();
    expect(undo).toHaveAttribute('aria-disabled', 'true');
  });

  it('a failed undo says why and keeps the pane working', async () => {
    const { host } = undoableHost(report([rowTotal]));
    host.canUndo = () => true;
    host.undo = async () => {
      throw new Error('单元格已被修改，无法撤销。');
    };
    render(<Pane host={host} />);
    await waitFor(() => expect(findingEl('row-total')).toBeInTheDocument());
    await act(async () => {
      fireEvent.click(document.querySelector('[data-action="undo"]') as HTMLElement);
    });
    await waitFor(() =>
      expect(screen.getByText('操作失败：单元格已被修改，无法撤销。')).toBeInTheDocument(),
    );
    expect(findingEl('row-total')).toBeInTheDocument();
  });
});
