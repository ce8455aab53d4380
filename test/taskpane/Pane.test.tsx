/** @jest-environment jsdom */
// The pane against a fake PaneHost: what it shows for each outcome, and which host calls its
// buttons make.

import '@testing-library/jest-dom';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';

import { findingId } from '../../src/core/check';
import type { CheckOutcome } from '../../src/hosts/pane-host';
import { Pane } from '../../src/taskpane/Pane';
import {
  rowTotal,
  sectionTitle,
  balance,
  otherShare,
  missingS6,
  blank,
  vague,
  ruleGroup,
  report,
  fakeHost,
  findingEl,
  confirmPreview,
  previewDialog,
  renderChecked,
} from './helpers';

describe('Pane', () => {
  it('groups findings by official section heading, errors first, with expected vs actual', async () => {
    const { host } = fakeHost(report([otherShare, rowTotal, sectionTitle, balance]));
    await renderChecked(host);

    expect(screen.getByTestId('year-version')).toHaveTextContent('2020 年度 · 2019 版格式');

    const groups = [...document.querySelectorAll<HTMLElement>('section[data-section^="s"]')];
    const headings = groups.map((g) => g.querySelector('h3')?.textContent ?? '');
    expect(headings[0]).toContain('二、主动公开政府信息情况');
    expect(headings[1]).toContain('三、收到和处理政府信息公开申请情况');

    const s3 = groups[1];
    const rules = [...s3.querySelectorAll('[data-rule]')].map((el) => el.getAttribute('data-rule'));
    expect(rules).toEqual(['row-total', 'balance', 'other-share']);
    expect(within(s3).getByText('2 错误')).toBeInTheDocument();
    expect(within(s3).getByText('1 警告')).toBeInTheDocument();

    const row = findingEl('row-total');
    expect(row).toHaveAttribute('data-severity', 'error');
    expect(row).toHaveAttribute('data-cell', 'requests/new/total');
    // The problem is stated once: the message already says 应为 3 and 表中为 0.
    expect(row).toHaveTextContent(rowTotal.message);
    expect(row.textContent?.split('应为 3')).toHaveLength(2);
    expect(row).toHaveTextContent('行合计不符');
    // A message that does not say the values gets them once, below it.
    expect(findingEl('section-title')).toHaveTextContent(
      '应为 二、主动公开政府信息情况 · 文中为 二、主动公开政府信息的情况',
    );
    expect(findingEl('other-share')).toHaveAttribute('data-severity', 'warning');
    expect(findingEl('balance')).not.toHaveAttribute('data-cell');

    // Summary: one line of chips, errors and warnings per section.
    const summary = document.querySelector('[data-state="summary"]') as HTMLElement;
    expect(summary).toHaveTextContent('2 个错误 · 2 个警告 · 按 J / K 转到下一个 / 上一个问题。');
    const s3Chip = summary.querySelector('[data-section="s3"]') as HTMLElement;
    expect(s3Chip).toHaveAccessibleName(
      '三 3：三、收到和处理政府信息公开申请情况：2 个错误，1 个警告',
    );
    expect(s3Chip).toHaveTextContent('三 3');
    expect(summary.querySelector('[data-section="s1"]')).toHaveAccessibleName(
      '一 ✓：一、总体情况：无问题',
    );
  });

  it('offers 修复 only for findings with a fix; 修复 calls host.fix with that finding, then re-checks', async () => {
    const { host, calls } = fakeHost(report([rowTotal, balance]));
    await renderChecked(host);
    expect(within(findingEl('balance')).queryByRole('button', { name: /^修复/ })).toBeNull();

    const checksBefore = calls.check;
    fireEvent.click(within(findingEl('row-total')).getByRole('button', { name: /^修复：/ }));
    await waitFor(() => expect(document.querySelector('[data-rule="row-total"]')).toBeNull());
    expect(calls.fix).toEqual([[rowTotal]]);
    expect(calls.check).toBe(checksBefore + 1);
    expect(screen.getByText('已修复 1 处，已重新检查。')).toBeInTheDocument();
  });

  it('定位 calls host.select with the finding', async () => {
    const { host, calls } = fakeHost(report([rowTotal]));
    await renderChecked(host);
    fireEvent.click(within(findingEl('row-total')).getByRole('button', { name: /^定位：/ }));
    await waitFor(() => expect(calls.select).toEqual([rowTotal]));
  });

  it('全部修复 sends only the safe fixes (a suggestion waits for its own click); 插入缺失章节 sends the missing sections', async () => {
    const { host, calls } = fakeHost(report([rowTotal, balance, sectionTitle, missingS6]));
    await renderChecked(host);
    fireEvent.click(screen.getByRole('button', { name: '全部修复' }));
    await confirmPreview();
    await waitFor(() => expect(calls.fix).toHaveLength(1));
    expect(calls.fix[0]).toEqual([rowTotal]);
    await waitFor(() => expect(document.querySelector('[data-rule="row-total"]')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: '插入缺失章节' }));
    expect(await previewDialog()).toHaveTextContent('插入章节：六、其他需要报告的事项');
    await confirmPreview();
    await waitFor(() => expect(calls.insertMissing).toEqual([[missingS6]]));
    await waitFor(() => expect(document.querySelector('[data-rule="section-missing"]')).toBeNull());
    // Nothing left to fix: the buttons stay focusable but do nothing.
    expect(screen.getByRole('button', { name: '全部修复' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('忽略 hides the finding, saves the ignores, and 显示已忽略 restores it', async () => {
    const { host, calls } = fakeHost(report([rowTotal, balance]));
    await renderChecked(host);

    fireEvent.click(within(findingEl('row-total')).getByRole('button', { name: /^忽略：/ }));
    await waitFor(() => expect(calls.saveIgnores).toEqual([[findingId(rowTotal)]]));
    expect(document.querySelector('[data-rule="row-total"]:not([data-ignored])')).toBeNull();
    expect(findingEl('balance')).toBeInTheDocument();

    const toggle = screen.getByRole('button', { name: '显示已忽略 (1)' });
    fireEvent.click(toggle);
    const ignored = document.querySelector('[data-ignored][data-rule="row-total"]') as HTMLElement;
    expect(ignored).toHaveTextContent(rowTotal.message);

    fireEvent.click(within(ignored).getByRole('button', { name: /^恢复：/ }));
    await waitFor(() => expect(calls.saveIgnores.at(-1)).toEqual([]));
    await waitFor(() => expect(findingEl('row-total')).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /显示已忽略/ })).toBeNull();
  });

  it('shows ignores saved in the document as a count, and does not show those findings', async () => {
    const { host } = fakeHost(report([rowTotal, balance]), [findingId(rowTotal)]);
    await renderChecked(host);
    expect(document.querySelector('[data-rule="row-total"]')).toBeNull();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: '显示已忽略 (1)' })).toBeInTheDocument(),
    );
    fireEvent.click(screen.getByRole('button', { name: '显示已忽略 (1)' }));
    // Known only by its id: described by rule name and cell.
    expect(document.querySelector('[data-ignored][data-rule="row-total"]')).toHaveTextContent(
      '行合计不符 · requests/new/total',
    );
  });

  it('shows a spinner while checking', async () => {
    let release: (o: CheckOutcome) => void = () => undefined;
    const { host } = fakeHost(report([]));
    host.check = () => new Promise<CheckOutcome>((r) => (release = r));
    render(<Pane host={host} />);
    expect(screen.getByText('正在检查…')).toBeInTheDocument();
    await act(async () => release(report([])));
    expect(screen.queryByText('正在检查…')).toBeNull();
  });

  it.each([
    ['not-report', { kind: 'not-report' } as CheckOutcome, '不是年度报告'],
    ['no-tables', { kind: 'no-tables', findings: [] } as CheckOutcome, '没有表格'],
    ['error', { kind: 'error', message: '文件已损坏' } as CheckOutcome, '文件已损坏'],
    ['all-good', report([]), '未发现问题'],
  ])('renders the %s state', async (state, outcome, text) => {
    const { host } = fakeHost(outcome);
    await renderChecked(host);
    const el = document.querySelector(`[data-state="${state}"]`);
    expect(el).not.toBeNull();
    expect(el).toHaveTextContent(text);
    expect(document.querySelector('[data-rule]')).toBeNull();
  });

  it('turns a throwing check into the error state', async () => {
    const { host } = fakeHost(report([]));
    host.check = async () => {
      throw new Error('读取文档失败');
    };
    await renderChecked(host);
    expect(document.querySelector('[data-state="error"]')).toHaveTextContent('读取文档失败');
  });

  it('re-checks when the host reports an edit', async () => {
    const { host, setOutcome, emitChange } = fakeHost(report([]));
    await renderChecked(host);
    expect(document.querySelector('[data-state="all-good"]')).not.toBeNull();
    setOutcome(report([balance]));
    act(() => emitChange());
    await waitFor(() => expect(findingEl('balance')).toBeInTheDocument());
  });

  it('shows a failed action as a message and keeps working', async () => {
    const { host } = fakeHost(report([rowTotal]));
    host.fix = async () => {
      throw new Error('文档已被锁定');
    };
    await renderChecked(host);
    fireEvent.click(within(findingEl('row-total')).getByRole('button', { name: /^修复：/ }));
    await waitFor(() => expect(screen.getByText('操作失败：文档已被锁定')).toBeInTheDocument());
    expect(findingEl('row-total')).toBeInTheDocument();
  });

  it('says why a host left an edit to the user, after what it did', async () => {
    const { host, calls } = fakeHost(report([rowTotal]));
    const reason = '该单元格位于嵌套表格中，Word 加载项无法准确定位，未自动修改，请手动修改';
    // The fix is left alone: the finding stays, and the host says why.
    host.fix = async (fs) => {
      calls.fix.push(fs);
    };
    host.skipped = () => [reason];
    await renderChecked(host);
    fireEvent.click(within(findingEl('row-total')).getByRole('button', { name: /^修复：/ }));
    await waitFor(() =>
      expect(screen.getByText(`已修复 0 处，已重新检查。 ${reason}`)).toBeInTheDocument(),
    );
    // Not fixed, so still listed.
    expect(findingEl('row-total')).toBeInTheDocument();
  });

  it('has real, labelled buttons in a sensible tab order', async () => {
    const { host } = fakeHost(report([rowTotal]));
    await renderChecked(host);
    const names = screen
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(names.slice(0, 4)).toEqual(['检查', '全部修复', '插入缺失章节', '更多操作']);
    // The section chips, each named by its heading and counts.
    expect(names.slice(4, 11)).toEqual([
      '全部',
      '一 ✓：一、总体情况：无问题',
      '二 ✓：二、主动公开政府信息情况：无问题',
      '三 1：三、收到和处理政府信息公开申请情况：1 个错误，0 个警告',
      '四 ✓：四、政府信息公开行政复议、行政诉讼情况：无问题',
      '五 ✓：五、存在的主要问题及改进情况：无问题',
      '六 ✓：六、其他需要报告的事项：无问题',
    ]);
    expect(names.slice(11)).toEqual([
      `定位：${rowTotal.message}`,
      `修复：${rowTotal.message}`,
      `忽略：${rowTotal.message}`,
    ]);
    for (const b of screen.getAllByRole('button')) expect(b.tagName).toBe('BUTTON');
  });

  describe('groups a rule with more than 3 findings in a section', () => {
    it('lists up to 3 findings of a rule one by one, and groups 4 or more behind one header', async () => {
      const three = [blank(1), blank(2), blank(3)];
      const warnings = [vague(1), vague(2), vague(3), vague(4)];
      const { host } = fakeHost(
        report([...warnings, ...three, rowTotal, blank(9, { section: 's4' })]),
      );
      await renderChecked(host);

      // Three blank cells: three plain cards, no group.
      expect(document.querySelector('[data-group-rule="cell-blank"]')).toBeNull();
      for (const f of three)
        expect(document.querySelector(`[data-id="${findingId(f)}"]`)).toBeVisible();

      // Four vague paragraphs: one group with the rule's name, severity and count.
      const group = ruleGroup('section-empty');
      expect(group).toHaveAttribute('data-group-severity', 'warning');
      expect(group).toHaveTextContent('内容空泛');
      expect(group).toHaveTextContent('警告');
      expect(group).toHaveTextContent('4 处');
      // No finding of this group has a fix: no 修复此类.
      expect(within(group).queryByRole('button', { name: /^修复此类/ })).toBeNull();

      // Errors before warnings; every finding is still an element with data-rule.
      const s3 = document.querySelector('section[data-section="s3"]') as HTMLElement;
      const rules = [...s3.querySelectorAll('[data-rule]')].map((el) =>
        el.getAttribute('data-rule'),
      );
      expect(rules).toEqual([
        'cell-blank',
        'cell-blank',
        'cell-blank',
        'row-total',
        'section-empty',
        'section-empty',
        'section-empty',
        'section-empty',
      ]);
      // Counted per section: the s4 blank cell does not join the s3 ones.
      expect(document.querySelectorAll('[data-group-rule]')).toHaveLength(1);
    });

    it('is collapsed by default: the first 2 cards and 还有 N 处…, the rest hidden but in the DOM', async () => {
      const blanks = [1, 2, 3, 4, 5, 6].map((n) => blank(n));
      const { host } = fakeHost(report(blanks));
      await renderChecked(host);

      const group = ruleGroup('cell-blank');
      const toggle = within(group).getByRole('button', { name: '展开：空白单元格' });
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      expect(toggle.tagName).toBe('BUTTON');
      const cards = [...group.querySelectorAll<HTMLElement>('[data-rule="cell-blank"]')];
      expect(cards.map((c) => c.getAttribute('data-id'))).toEqual(blanks.map(findingId));
      expect(cards.slice(0, 2).every((c) => !c.hidden)).toBe(true);
      for (const c of cards.slice(0, 2)) expect(c).toBeVisible();
      for (const c of cards.slice(2)) {
        expect(c).toHaveAttribute('hidden');
        expect(c).not.toBeVisible();
        expect(c).toHaveAttribute('data-severity', 'error');
      }
      expect(within(group).getByText('还有 4 处…')).toBeVisible();
    });

    it('展开 shows every card, 收起 hides them again; 还有 N 处… expands too', async () => {
      const blanks = [1, 2, 3, 4, 5].map((n) => blank(n));
      const { host } = fakeHost(report(blanks));
      await renderChecked(host);
      const group = ruleGroup('cell-blank');
      const cards = () => [...group.querySelectorAll<HTMLElement>('[data-rule]')];

      const toggle = within(group).getByRole('button', { name: '展开：空白单元格' });
      toggle.focus();
      expect(toggle).toHaveFocus();
      fireEvent.click(toggle);
      expect(toggle).toHaveAttribute('aria-expanded', 'true');
      expect(toggle).toHaveTextContent('收起');
      expect(cards()).toHaveLength(5);
      for (const c of cards()) expect(c).toBeVisible();
      expect(within(group).queryByText(/^还有/)).toBeNull();

      fireEvent.click(toggle);
      expect(toggle).toHaveAttribute('aria-expanded', 'false');
      expect(cards().filter((c) => c.hidden)).toHaveLength(3);

      fireEvent.click(within(group).getByRole('button', { name: '还有 3 处…' }));
      expect(toggle).toHaveAttribute('aria-expanded', 'true');
      expect(toggle).toHaveFocus();
      for (const c of cards()) expect(c).toBeVisible();
    });

    it('修复此类 calls host.fix with exactly the fixable findings of that group, then re-checks', async () => {
      const fixable = [blank(1, { fix: true }), blank(3, { fix: true }), blank(5, { fix: true })];
      const s3 = [fixable[0], blank(2), fixable[1], blank(4), fixable[2]];
      // Also fixable, but not in the group: another rule, and the same rule in another section.
      const others = [rowTotal, blank(7, { fix: true, section: 's4' })];
      const { host, calls } = fakeHost(report([...s3, ...others]));
      await renderChecked(host);

      const checksBefore = calls.check;
      const button = within(ruleGroup('cell-blank')).getByRole('button', {
        name: '修复此类（3）：空白单元格',
      });
      expect(button).toHaveTextContent('修复此类（3）');
      fireEvent.click(button);
      await confirmPreview();
      await waitFor(() => expect(calls.fix).toHaveLength(1));
      expect(calls.fix[0]).toEqual(fixable);
      await waitFor(() =>
        expect(screen.getByText('已修复 3 处，已重新检查。')).toBeInTheDocument(),
      );
      expect(calls.check).toBe(checksBefore + 1);
      // Two blank cells left in s3: listed one by one again.
      expect(document.querySelector('[data-group-rule]')).toBeNull();
      expect(
        document.querySelectorAll('section[data-section="s3"] [data-rule="cell-blank"]'),
      ).toHaveLength(2);
      expect(findingEl('row-total')).toBeInTheDocument();
    });

    it('speaks English in the group header', async () => {
      const { host } = fakeHost(report([1, 2, 3, 4].map((n) => blank(n, { fix: true }))));
      render(<Pane host={host} locale="en" />);
      await waitFor(() => expect(screen.queryByText('Checking…')).toBeNull());
      const group = ruleGroup('cell-blank');
      expect(group).toHaveTextContent('Blank cell');
      expect(group).toHaveTextContent('4 findings');
      expect(
        within(group).getByRole('button', { name: 'Fix these (4): Blank cell' }),
      ).toBeInTheDocument();
      expect(within(group).getByRole('button', { name: 'Expand: Blank cell' })).toHaveAttribute(
        'aria-expanded',
        'false',
      );
      expect(within(group).getByText('2 more…')).toBeInTheDocument();
    });
  });

  it('speaks English when asked', async () => {
    const { host } = fakeHost(report([rowTotal, sectionTitle]));
    render(<Pane host={host} locale="en" />);
    await waitFor(() => expect(screen.queryByText('Checking…')).toBeNull());
    expect(screen.getByRole('button', { name: 'Fix all' })).toBeInTheDocument();
    expect(findingEl('section-title')).toHaveTextContent(
      'Expected 二、主动公开政府信息情况 · text says 二、主动公开政府信息的情况',
    );
    expect(screen.getByTestId('year-version')).toHaveTextContent('Year 2020 · 2019 format');
  });
});
