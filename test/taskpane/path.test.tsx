/** @jest-environment jsdom */
// One clear path through the findings: section chips that filter, the located finding marked,
// what to check where nothing can be fixed, and a prose finding located at its sentence first.

import '@testing-library/jest-dom';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import type { Finding } from '../../src/core/finding';
import {
  balance,
  fakeHost,
  findingEl,
  renderChecked,
  report,
  rowTotal,
  sectionTitle,
} from './helpers';

/** `balance` with the four cells of its relation, as the engine gives them. */
const balanceCells: Finding = {
  ...balance,
  related: [
    { table: 'requests', row: 'new', column: 'natural' },
    { table: 'requests', row: 'carried', column: 'natural' },
    { table: 'requests', row: 'total', column: 'natural' },
  ],
};

/** A number in the prose that contradicts its table cell. */
const proseMismatch: Finding = {
  rule: 'text-table-mismatch',
  severity: 'error',
  message: '正文称本年新收申请 47 件，表三为 45 件',
  section: 's1',
  paragraph: 3,
  quote: '本年新收政府信息公开申请47件',
  expected: '45',
  actual: '47',
  related: [{ table: 'requests', row: 'new', column: 'total' }],
};

const sections = () =>
  [...document.querySelectorAll('section[data-section^="s"]')].map((s) =>
    s.getAttribute('data-section'),
  );

describe('section chips', () => {
  it('filter the list to one section, and show every section again when pressed again', async () => {
    const { host } = fakeHost(report([rowTotal, sectionTitle, proseMismatch]));
    await renderChecked(host);
    expect(sections()).toEqual(['s1', 's2', 's3']);
    const chip = document.querySelector(
      '[data-state="summary"] [data-section="s3"]',
    ) as HTMLElement;
    fireEvent.click(chip);
    expect(chip).toHaveAttribute('aria-pressed', 'true');
    expect(sections()).toEqual(['s3']);
    // The counts stay those of the whole report.
    expect(screen.getByText(/^2 个错误 · 1 个警告/)).toBeInTheDocument();
    fireEvent.click(chip);
    expect(chip).toHaveAttribute('aria-pressed', 'false');
    expect(sections()).toEqual(['s1', 's2', 's3']);
    fireEvent.click(document.querySelector('[data-section="s2"]') as HTMLElement);
    fireEvent.click(screen.getByRole('button', { name: '全部' }));
    expect(screen.getByRole('button', { name: '全部' })).toHaveAttribute('aria-pressed', 'true');
    expect(sections()).toEqual(['s1', 's2', 's3']);
  });
});

describe('定位', () => {
  it('marks the located finding, and only that one', async () => {
    const { host } = fakeHost(report([rowTotal, sectionTitle]));
    await renderChecked(host);
    fireEvent.click(within(findingEl('row-total')).getByRole('button', { name: /^定位：/ }));
    await waitFor(() => expect(findingEl('row-total')).toHaveAttribute('aria-current', 'true'));
    expect(findingEl('section-title')).not.toHaveAttribute('aria-current');
    fireEvent.click(within(findingEl('section-title')).getByRole('button', { name: /^定位：/ }));
    await waitFor(() => expect(findingEl('section-title')).toHaveAttribute('aria-current', 'true'));
    expect(findingEl('row-total')).not.toHaveAttribute('aria-current');
    expect(document.querySelectorAll('[data-selected]')).toHaveLength(1);
  });

  it('a finding without a fix says which cells to check, each with its own 定位', async () => {
    const { host, calls } = fakeHost(report([balanceCells]));
    await renderChecked(host);
    const card = findingEl('balance');
    expect(card).toHaveTextContent('请核对以下单元格：');
    const buttons = [...card.querySelectorAll<HTMLElement>('[data-locate-cell]')];
    expect(buttons.map((b) => b.getAttribute('aria-label'))).toEqual([
      '定位：表三 一、本年新收 › 自然人',
      '定位：表三 二、上年结转 › 自然人',
      '定位：表三 （七）总计 › 自然人',
    ]);
    fireEvent.click(buttons[1]);
    await waitFor(() => expect(calls.select).toHaveLength(1));
    expect(calls.select[0]).toEqual({
      rule: 'balance',
      severity: 'error',
      message: balance.message,
      section: 's3',
      table: 'requests',
      row: 'carried',
      column: 'natural',
    });
  });

  it('a prose finding goes to its sentence first, and lists its table cell second', async () => {
    const { host, calls } = fakeHost(report([proseMismatch]));
    await renderChecked(host);
    const card = findingEl('text-table-mismatch');
    fireEvent.click(within(card).getByRole('button', { name: /^定位原文：正文称/ }));
    await waitFor(() => expect(calls.select).toHaveLength(1));
    expect(within(card).getByRole('button', { name: /^定位原文：正文称/ })).toHaveTextContent(
      '定位原文',
    );
    // The sentence: nothing left that a host would prefer to it.
    expect(calls.select[0].paragraph).toBe(3);
    expect(calls.select[0].table).toBeUndefined();
    expect(calls.select[0].related).toBeUndefined();

    fireEvent.click(within(card).getByRole('button', { name: '定位：表三 一、本年新收 › 总计' }));
    await waitFor(() => expect(calls.select).toHaveLength(2));
    expect(calls.select[1]).toMatchObject({ table: 'requests', row: 'new', column: 'total' });
    expect(calls.select[1].paragraph).toBeUndefined();
    expect(calls.select[1].quote).toBeUndefined();
  });

  it('a finding with a fix lists no cells to check', async () => {
    const { host } = fakeHost(report([rowTotal]));
    await renderChecked(host);
    expect(findingEl('row-total').querySelector('[data-check-cells]')).toBeNull();
  });
});
