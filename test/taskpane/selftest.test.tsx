/** @jest-environment jsdom */
// The "…" menu and 自检: offered only by hosts that have a self-test; the report as a table of
// capability → 通过 / 失败 / 跳过 with what was seen, and 复制 puts selfTestText on the clipboard.

import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { CAPABILITIES, selfTestText, type SelfTestReport } from '../../src/hosts/selftest';
import { fakeHost, renderChecked, report, rowTotal } from './helpers';

const REPORT: SelfTestReport = {
  host: 'word',
  build: 'Word 16.0.17928 (PC)',
  platform: 'PC',
  supported: ['WordApi 1.3', 'WordApi 1.5'],
  results: CAPABILITIES.map((c, i) => ({
    id: c.id,
    label: c.label,
    status: i === 6 ? 'skipped' : i === 3 ? 'failed' : 'passed',
    seen: i === 3 ? '写入后读回“”，应为“7”' : i === 6 ? '不支持 WordApi 1.6' : '正常',
  })),
};

jest.setTimeout(20_000);

/**
 * A dialog button by its hook. (jsdom moves no focus on click, so Fluent's focus trap may mark the
 * dialog aria-hidden there, which role queries respect; Chromium's axe check covers the real one.)
 */
function action(dialog: HTMLElement, name: string): HTMLElement {
  const el = dialog.querySelector<HTMLElement>(`[data-action="${name}"]`);
  if (!el) throw new Error(`no ${name}`);
  return el;
}

async function openMenu(): Promise<HTMLElement> {
  fireEvent.click(screen.getByRole('button', { name: '更多操作' }));
  return screen.findByRole('menu');
}

describe('the … menu', () => {
  it('holds 清除标记, and no 自检 when the host has no self-test', async () => {
    const { host, calls } = fakeHost(report([rowTotal]));
    await renderChecked(host);
    const menu = await openMenu();
    expect(within(menu).queryByRole('menuitem', { name: '自检' })).toBeNull();
    fireEvent.click(within(menu).getByRole('menuitem', { name: '清除标记' }));
    await waitFor(() => expect(calls.clearMarks).toBe(1));
    expect(await screen.findByText('已清除文档中的标记。')).toBeInTheDocument();
  });

  it('自检 shows the report as a table, and 复制 copies its text', async () => {
    const { host } = fakeHost(report([rowTotal]));
    let release: (r: SelfTestReport) => void = () => undefined;
    host.selfTest = () => new Promise<SelfTestReport>((r) => (release = r));
    const written: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void written.push(text) },
    });
    await renderChecked(host);
    fireEvent.click(within(await openMenu()).getByRole('menuitem', { name: '自检' }));

    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(dialog).toHaveTextContent('正在自检…');
    release(REPORT);
    await waitFor(() => expect(dialog.querySelectorAll('tr[data-capability]')).toHaveLength(8));
    expect(dialog).toHaveTextContent('Word 16.0.17928 (PC)');
    expect(dialog).toHaveTextContent('WordApi 1.3、WordApi 1.5');
    const rows = [...dialog.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(rows[0]).toEqual(['通过 OOXML 读取表格', '通过', '正常']);
    expect(rows[3]).toEqual(['写入数值', '失败', '写入后读回“”，应为“7”']);
    expect(rows[6]).toEqual(['接收编辑事件', '跳过', '不支持 WordApi 1.6']);

    expect(action(dialog, 'copy')).toHaveTextContent('复制');
    fireEvent.click(action(dialog, 'copy'));
    await waitFor(() => expect(written).toEqual([selfTestText(REPORT)]));
    expect(within(dialog).getByText('已复制到剪贴板。')).toBeInTheDocument();

    fireEvent.click(action(dialog, 'close'));
    await waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
  });

  it('says why when the self-test refuses (a document with content) or fails', async () => {
    const { host } = fakeHost(report([rowTotal]));
    host.selfTest = async () => ({
      ...REPORT,
      refused: '文档中已有内容，请在空白文档中自检。',
      results: [],
    });
    await renderChecked(host);
    fireEvent.click(within(await openMenu()).getByRole('menuitem', { name: '自检' }));
    const dialog = await screen.findByRole('dialog', { hidden: true });
    await waitFor(() => expect(dialog).toHaveTextContent('文档中已有内容，请在空白文档中自检。'));
    expect(dialog.querySelector('table')).toBeNull();
    fireEvent.click(action(dialog, 'close'));
    await waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull());

    host.selfTest = async () => {
      throw new Error('Word 拒绝了请求');
    };
    fireEvent.click(within(await openMenu()).getByRole('menuitem', { name: '自检' }));
    expect(await screen.findByText('自检未能完成：Word 拒绝了请求')).toBeInTheDocument();
  });
});
