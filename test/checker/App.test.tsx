/** @jest-environment jsdom */
// The browser checker page in jsdom over real fixtures: it opens on the sample, the preview shows
// the tables with their merges and flagged cells, 定位 outlines the cell, 修复 updates preview and
// findings at once, a bad file shows the reader's Chinese message and the page keeps working.

import '@testing-library/jest-dom';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'fs';
import path from 'path';

import { check } from '../../src/core/check';
import { readDocx } from '../../src/hosts/docx/read';
import { saveDocx } from '../../src/hosts/docx/write';
import { App, fixedName, type CheckerIo } from '../../src/checker/App';

// jsdom has no ResizeObserver (Fluent's MessageBar uses one) and no object URLs.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver;

const FIXTURES = path.resolve(__dirname, '../fixtures');
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

function io(): CheckerIo & { saved: number } {
  const out = {
    saved: 0,
    read: (data: Uint8Array) => readDocx(data),
    save: async (file: Parameters<typeof saveDocx>[0]) => {
      out.saved++;
      return saveDocx(file);
    },
  };
  return out;
}

async function settled(name: string): Promise<void> {
  await screen.findByText(`当前文件：${name}`, undefined, { timeout: 10_000 });
  await waitFor(
    () => {
      const results = document.querySelector('[aria-busy]');
      expect(results).toHaveAttribute('aria-busy', 'false');
      expect(results?.querySelector('[data-state], [data-rule]')).not.toBeNull();
    },
    { timeout: 10_000 },
  );
}

const shown = () => document.querySelectorAll('[data-rule]:not([data-ignored])');

function chooseFile(name: string, data: Uint8Array): void {
  const input = document.querySelector('input[type="file"]') as HTMLInputElement;
  const file = new File([data.slice().buffer], name);
  // jsdom's File lacks arrayBuffer() in some versions: give it one.
  if (typeof file.arrayBuffer !== 'function')
    Object.defineProperty(file, 'arrayBuffer', { value: async () => data.slice().buffer });
  fireEvent.change(input, { target: { files: [file] } });
}

describe('checker App', () => {
  jest.setTimeout(30_000);

  it('opens on the sample: findings as the engine gives them, preview with flagged cells', async () => {
    render(<App io={io()} sample={{ name: 'seed-004.docx', bytes: bytesOf('seed-004.docx') }} />);
    await settled('seed-004.docx');
    const file = await readDocx(bytesOf('seed-004.docx'));
    const { findings } = check(file.model);
    expect(shown()).toHaveLength(findings.length);

    const input = document.querySelector('input[type="file"]');
    expect(input).toHaveAttribute('accept', expect.stringContaining('.docx'));

    // Tables drawn from the grid with the document's merges.
    const preview = screen.getByTestId('preview');
    const tables = preview.querySelectorAll('table[data-table]');
    expect(tables).toHaveLength(file.model.tables.length);
    expect(preview.querySelector('td[rowspan]')).not.toBeNull();
    expect(preview.querySelector('td[colspan]')).not.toBeNull();
    expect(preview.querySelectorAll('td.gouji-error').length).toBeGreaterThan(0);
  });

  it('定位 outlines the cell; 修复 updates the preview and the findings at once', async () => {
    render(<App io={io()} sample={{ name: 'seed-000.docx', bytes: bytesOf('seed-000.docx') }} />);
    await settled('seed-000.docx');
    const before = shown().length;
    const item = document.querySelector('[data-rule="row-total"]') as HTMLElement;
    fireEvent.click(within(item).getByRole('button', { name: /^定位：/ }));
    const outlined = await waitFor(() => {
      const el = document.querySelector('td.gouji-outlined');
      expect(el).not.toBeNull();
      return el as HTMLElement;
    });
    const addr = outlined.getAttribute('data-addr');
    expect(addr).toMatch(/^\d+:\d+:\d+$/);

    const file = await readDocx(bytesOf('seed-000.docx'));
    const f = check(file.model).findings.find((x) => x.rule === 'row-total');
    const value = f?.fix?.kind === 'set-cell' ? f.fix.value : '?';
    const fix = within(item).getByRole('button', { name: /^修复：/ });
    // Buttons wait (aria-disabled) while 定位 finishes.
    await waitFor(() => expect(fix).not.toHaveAttribute('aria-disabled', 'true'));
    fireEvent.click(fix);
    await waitFor(() => expect(shown()).toHaveLength(before - 1), { timeout: 10_000 });
    await waitFor(() =>
      expect(document.querySelector(`td[data-addr="${addr}"]`)).toHaveTextContent(value),
    );
  });

  it('shows a bad file’s Chinese message, keeps working, then opens a good file', async () => {
    render(<App io={io()} sample={{ name: 'seed-004.docx', bytes: bytesOf('seed-004.docx') }} />);
    await settled('seed-004.docx');
    chooseFile('damaged.docx', bytesOf('broken/damaged.docx'));
    const error = await screen.findByTestId('load-error');
    expect(error).toHaveTextContent('无法打开“damaged.docx”：文件已损坏，无法作为 .docx 打开。');
    // The previous report is still there and usable.
    expect(screen.getByText('当前文件：seed-004.docx')).toBeInTheDocument();

    chooseFile('clean-2019.docx', bytesOf('clean-2019.docx'));
    await settled('clean-2019.docx');
    expect(screen.queryByTestId('load-error')).toBeNull();
    expect(document.querySelector('[data-state="all-good"]')).not.toBeNull();
  });

  it('下载 saves the current file under "<name>-勾稽修复.docx"', async () => {
    const created: Blob[] = [];
    const names: string[] = [];
    URL.createObjectURL = (b: Blob) => (created.push(b), 'blob:gouji');
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    const files = io();
    render(<App io={files} sample={{ name: 'seed-001.docx', bytes: bytesOf('seed-001.docx') }} />);
    await settled('seed-001.docx');
    fireEvent.click(screen.getByTestId('download'));
    await waitFor(() => expect(names).toEqual(['seed-001-勾稽修复.docx']));
    expect(files.saved).toBe(1);
    expect(created[0].size).toBeGreaterThan(1000);
    click.mockRestore();
  });

  it('names the fixed file after the original', () => {
    expect(fixedName('报告.DOCX', '-勾稽修复')).toBe('报告-勾稽修复.docx');
    expect(fixedName('a.b', '-x')).toBe('a.b-x.docx');
  });
});
