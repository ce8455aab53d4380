/** @jest-environment jsdom */
// The browser checker page in jsdom over real fixtures, its engine worker faked in-process (the
// real service behind structured cloning): it opens on the sample, the preview shows the tables
// with their merges and flagged cells, 定位 outlines the cell, 修复 updates preview and findings at
// once, a bad file shows the reader's Chinese message and the page keeps working; a file over the
// time limit is stopped with "处理超时…", and of two files opened in quick succession only the
// second's findings are shown, under its name.

import '@testing-library/jest-dom';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'fs';
import path from 'path';

import { check } from '../../src/core/check';
import { LIMITS } from '../../src/core/limits';
import { readDocx } from '../../src/hosts/docx/read';
import { App, fixedName, type CheckerIo } from '../../src/checker/App';
import { startOpen } from '../../src/checker/session';
import { FakeWorker, spawner } from './fake-worker';

// jsdom has no ResizeObserver (Fluent's MessageBar uses one) and no object URLs.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver;

const FIXTURES = path.resolve(__dirname, '../fixtures');
const bytesOf = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));

function io(make?: (n: number) => FakeWorker, timeLimitMs?: number) {
  const { spawn, workers } = spawner(make);
  const out: CheckerIo & { workers: FakeWorker[] } = { spawn, workers };
  if (timeLimitMs !== undefined) out.timeLimitMs = timeLimitMs;
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

  it('takes the sample session started before rendering: one worker, its findings, then a file in a new one', async () => {
    const files = io();
    const bytes = bytesOf('seed-004.docx');
    const started = startOpen(files.spawn, LIMITS.checkerTimeLimitMs, bytes);
    expect(files.workers).toHaveLength(1);
    render(<App io={files} sample={{ name: 'seed-004.docx', bytes, started }} />);
    await settled('seed-004.docx');
    const { findings } = check((await readDocx(bytes)).model);
    expect(shown()).toHaveLength(findings.length);
    expect(files.workers).toHaveLength(1);

    chooseFile('seed-001.docx', bytesOf('seed-001.docx'));
    await settled('seed-001.docx');
    const next = check((await readDocx(bytesOf('seed-001.docx'))).model).findings;
    expect(shown()).toHaveLength(next.length);
    expect(files.workers).toHaveLength(2);
    expect(files.workers[0]!.terminated).toBe(true);
  });

  it('opens on the sample: findings as the engine gives them, preview with flagged cells', async () => {
    render(<App io={io()} sample={{ name: 'seed-004.docx', bytes: bytesOf('seed-004.docx') }} />);
    await settled('seed-004.docx');
    const file = await readDocx(bytesOf('seed-004.docx'));
    const { findings } = check(file.model);
    expect(shown()).toHaveLength(findings.length);

    const input = document.querySelector('input[type="file"]');
    expect(input).toHaveAttribute('accept', expect.stringContaining('.docx'));

    // Tables drawn from the grid with the document's merges.
    // The preview follows the findings by one render (App: useDeferredValue); a deferred render
    // can wait past findBy's default second when the machine is busy.
    const preview = await screen.findByTestId('preview', {}, { timeout: 10_000 });
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

  it('stops a file over the time limit with 处理超时, keeps the shown report, then opens another', async () => {
    // Worker 0 checks the sample; worker 1 hangs on its file; worker 2 is a fresh one for the next.
    // Timers are Jest's, running in real time too: the limit is long enough for the working
    // workers on any loaded machine, and the hang reaches it when the test moves the clock on.
    jest.useFakeTimers({ advanceTimers: true });
    try {
      const files = io(
        (n) => new FakeWorker(n === 1 ? { hangOn: (call) => call.op === 'open' } : {}),
        60_000,
      );
      render(
        <App io={files} sample={{ name: 'seed-004.docx', bytes: bytesOf('seed-004.docx') }} />,
      );
      await settled('seed-004.docx');
      const before = shown().length;

      chooseFile('hang.docx', bytesOf('seed-001.docx'));
      expect(
        await screen.findByText('正在读取并检查“hang.docx”…', undefined, { timeout: 10_000 }),
      ).toBeInTheDocument();
      expect(screen.queryByTestId('load-error')).toBeNull();
      act(() => {
        jest.advanceTimersByTime(60_000);
      });
      const error = await screen.findByTestId('load-error', undefined, { timeout: 10_000 });
      expect(error).toHaveTextContent(
        '处理超时：“hang.docx”在 60 秒内未处理完毕，已停止。文件可能过大或结构异常；可以继续打开其他文件。',
      );
      expect(files.workers[1].terminated).toBe(true);
      // The report shown before is still there, under its own name, with its own findings.
      expect(screen.getByTestId('current-file')).toHaveTextContent('当前文件：seed-004.docx');
      expect(shown()).toHaveLength(before);
      expect(files.workers[0].terminated).toBe(false);

      chooseFile('clean-2019.docx', bytesOf('clean-2019.docx'));
      await settled('clean-2019.docx');
      expect(screen.queryByTestId('load-error')).toBeNull();
      expect(document.querySelector('[data-state="all-good"]')).not.toBeNull();
      // The replaced report's worker is stopped with it.
      expect(files.workers.map((w) => w.terminated)).toEqual([true, true, false]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('two files in quick succession: the second’s findings, under its name; the first is cancelled', async () => {
    // The first file's worker answers late, after the second has opened.
    const files = io((n) => new FakeWorker(n === 1 ? { delayMs: 400 } : {}));
    render(<App io={files} sample={null} />);
    chooseFile('first.docx', bytesOf('seed-000.docx'));
    chooseFile('second.docx', bytesOf('seed-004.docx'));
    await settled('second.docx');
    const expected = check((await readDocx(bytesOf('seed-004.docx'))).model).findings;
    expect(shown()).toHaveLength(expected.length);
    expect(files.workers[0].terminated).toBe(true);
    // Long after the first worker would have answered, nothing has changed.
    await waitFor(() => expect(files.workers[0].lateAnswers).toBe(1), { timeout: 5_000 });
    expect(screen.getByTestId('current-file')).toHaveTextContent('当前文件：second.docx');
    expect(screen.queryByText(/first\.docx/)).toBeNull();
    expect(screen.queryByTestId('load-error')).toBeNull();
    expect(shown()).toHaveLength(expected.length);
  });

  it('the file name is in the header, above the findings it owns', async () => {
    render(<App io={io()} sample={{ name: 'seed-001.docx', bytes: bytesOf('seed-001.docx') }} />);
    await settled('seed-001.docx');
    expect(document.querySelector('header [data-testid="current-file"]')).toHaveTextContent(
      '当前文件：seed-001.docx',
    );
  });

  it('a worker that stops on a fix takes its report off the page with the reason', async () => {
    const files = io((n) => new FakeWorker(n === 0 ? { hangOn: (c) => c.op === 'fix' } : {}), 300);
    render(<App io={files} sample={{ name: 'seed-000.docx', bytes: bytesOf('seed-000.docx') }} />);
    await settled('seed-000.docx');
    const item = document.querySelector('[data-rule="row-total"]') as HTMLElement;
    fireEvent.click(within(item).getByRole('button', { name: /^修复：/ }));
    const error = await screen.findByTestId('load-error', undefined, { timeout: 5_000 });
    expect(error).toHaveTextContent('处理超时：“seed-000.docx”在 1 秒内未处理完毕，已停止。');
    expect(screen.queryByTestId('current-file')).toBeNull();
    expect(shown()).toHaveLength(0);
    expect(files.workers[0].terminated).toBe(true);
  });

  it('says so when no engine worker can be started, and the page still opens the next file', async () => {
    const { spawn, workers } = spawner();
    let refuse = true;
    const files: CheckerIo = {
      spawn: () => {
        if (refuse) throw new Error('Worker is not defined');
        return spawn();
      },
    };
    render(<App io={files} sample={{ name: 'seed-001.docx', bytes: bytesOf('seed-001.docx') }} />);
    const error = await screen.findByTestId('load-error');
    expect(error).toHaveTextContent(
      '此浏览器无法启动检查程序（Web Worker），请使用新版 Chrome、Edge 或 Firefox，或 360 等浏览器的极速模式。',
    );
    refuse = false;
    chooseFile('clean-2019.docx', bytesOf('clean-2019.docx'));
    await settled('clean-2019.docx');
    expect(workers).toHaveLength(1);
  });

  it(`draws at most ${LIMITS.previewMaxBlocks} blocks of a huge document and says so`, async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(bytesOf('seed-001.docx'));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    const at = xml.indexOf('<w:body>') + '<w:body>'.length;
    zip.file('word/document.xml', xml.slice(0, at) + '<w:p/>'.repeat(5_000) + xml.slice(at));
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const total = (await readDocx(bytes)).model.blocks.length;

    render(<App io={io()} sample={{ name: 'long.docx', bytes }} />);
    await settled('long.docx');
    // The preview follows the findings by one render (App: useDeferredValue); a deferred render
    // can wait past findBy's default second when the machine is busy.
    const preview = await screen.findByTestId('preview', {}, { timeout: 10_000 });
    expect(preview.querySelectorAll('[data-para], table[data-table]')).toHaveLength(
      LIMITS.previewMaxBlocks,
    );
    expect(screen.getByTestId('preview-note')).toHaveTextContent(
      `预览只显示前 ${LIMITS.previewMaxBlocks} 段（含表格），其余 ${total - LIMITS.previewMaxBlocks} 段未显示；检查已覆盖全文。`,
    );
  });

  it('offers 下载修复后的文件 only once the file changed, and says when it is saved', async () => {
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
    render(<App io={files} sample={{ name: 'seed-000.docx', bytes: bytesOf('seed-000.docx') }} />);
    await settled('seed-000.docx');
    // Nothing changed yet: nothing to download; the primary action is 选择文件.
    expect(screen.queryByTestId('download')).toBeNull();
    expect(screen.getByRole('button', { name: '选择 .docx 文件' })).toHaveClass('fui-Button');
    const item = document.querySelector('[data-rule="row-total"]') as HTMLElement;
    fireEvent.click(within(item).getByRole('button', { name: /^修复：/ }));
    const button = await screen.findByTestId('download', undefined, { timeout: 10_000 });
    expect(button).toHaveTextContent('下载修复后的文件');
    fireEvent.click(button);
    await waitFor(() => expect(names).toEqual(['seed-000-勾稽修复.docx']));
    expect(await screen.findByTestId('saved')).toHaveTextContent(
      '已下载“seed-000-勾稽修复.docx”，原文件未改动。',
    );
    // The file is saved by its worker.
    expect(files.workers[0].ops.filter((op) => op === 'save')).toHaveLength(1);
    expect(created[0].size).toBeGreaterThan(1000);
    click.mockRestore();
  });

  it("labels the sample 示例报告 (a made-up agency), and a file of the user's not", async () => {
    render(<App io={io()} sample={{ name: '示例报告.docx', bytes: bytesOf('sample.docx') }} />);
    await settled('示例报告.docx');
    expect(screen.getByTestId('sample-badge')).toHaveTextContent('示例报告');
    expect(
      screen.getByText('虚构单位，仅供演示；请选择您的 .docx 文件进行检查。'),
    ).toBeInTheDocument();
    chooseFile('clean-2019.docx', bytesOf('clean-2019.docx'));
    await settled('clean-2019.docx');
    expect(screen.queryByTestId('sample-badge')).toBeNull();
  });

  it('names the fixed file after the original', () => {
    expect(fixedName('报告.DOCX', '-勾稽修复')).toBe('报告-勾稽修复.docx');
    expect(fixedName('a.b', '-x')).toBe('a.b-x.docx');
  });
});
