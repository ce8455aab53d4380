/** @jest-environment jsdom */
// The keyboard: J / K move to the next / previous finding shown (focus and 定位 follow), and are
// left alone with a modifier or inside a dialog.

import '@testing-library/jest-dom';
import { fireEvent, waitFor } from '@testing-library/react';

import { findingId } from '../../src/core/check';
import {
  balance,
  fakeHost,
  findingEl,
  previewDialog,
  renderChecked,
  report,
  rowTotal,
  sectionTitle,
} from './helpers';

const focusedRule = () =>
  (document.activeElement as HTMLElement | null)?.getAttribute('data-rule') ?? null;

describe('J / K', () => {
  it('step through the findings in the order shown, focusing and locating each', async () => {
    const { host, calls } = fakeHost(report([sectionTitle, rowTotal, balance]));
    await renderChecked(host);
    const root = document.querySelector('[aria-keyshortcuts="J K"]') as HTMLElement;
    fireEvent.keyDown(root, { key: 'j' });
    expect(focusedRule()).toBe('section-title');
    await waitFor(() => expect(findingEl('section-title')).toHaveAttribute('aria-current', 'true'));
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'j' });
    await waitFor(() => expect(focusedRule()).toBe('row-total'));
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'j' });
    await waitFor(() => expect(focusedRule()).toBe('balance'));
    // At the end it stays.
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'J' });
    await waitFor(() => expect(calls.select).toHaveLength(4));
    expect(focusedRule()).toBe('balance');
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'k' });
    await waitFor(() => expect(focusedRule()).toBe('row-total'));
    await waitFor(() => expect(calls.select.map(findingId).at(-1)).toBe(findingId(rowTotal)));
    expect(findingEl('row-total')).toHaveAttribute('aria-current', 'true');
  });

  it('are ignored with a modifier and inside the preview dialog', async () => {
    const { host, calls } = fakeHost(report([rowTotal]));
    await renderChecked(host);
    const root = document.querySelector('[aria-keyshortcuts="J K"]') as HTMLElement;
    fireEvent.keyDown(root, { key: 'j', ctrlKey: true });
    fireEvent.keyDown(root, { key: 'j', altKey: true });
    expect(focusedRule()).toBeNull();
    fireEvent.click(document.querySelector('[data-action="fix-all"]') as HTMLElement);
    const dialog = await previewDialog();
    fireEvent.keyDown(dialog, { key: 'j' });
    expect(calls.select).toEqual([]);
  });
});
