// Progress on stderr: a bar on a terminal (files done / total, current file, time left), plain
// lines elsewhere ("[12/200] 某某局.docx"), since CI logs and redirected output cannot redraw a bar.

import { SingleBar } from 'cli-progress';

export interface Progress {
  /** One more file done. */
  tick(file: string): void;
  stop(): void;
}

export interface ProgressStream {
  write(chunk: string): boolean;
  isTTY?: boolean;
}

/** "1 分 05 秒", "12 秒": the bar's time left, in Chinese. */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} 秒`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} 分 ${String(s % 60).padStart(2, '0')} 秒`;
  return `${Math.floor(m / 60)} 小时 ${String(m % 60).padStart(2, '0')} 分`;
}

class LineProgress implements Progress {
  private done = 0;
  constructor(
    private readonly stream: ProgressStream,
    private readonly total: number,
    private readonly label: string,
  ) {}
  tick(file: string): void {
    this.done++;
    this.stream.write(`${this.label}[${this.done}/${this.total}] ${file}\n`);
  }
  stop(): void {}
}

class BarProgress implements Progress {
  private readonly bar: SingleBar;
  private done = 0;
  constructor(stream: ProgressStream, total: number, label: string) {
    this.bar = new SingleBar({
      stream: stream as NodeJS.WritableStream,
      format: `${label}{bar} {value}/{total} | 剩余 {eta_formatted} | {file}`,
      formatTime: (t) => formatSeconds(t),
      barsize: 30,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 50,
    });
    this.bar.start(total, 0, { file: '' });
  }
  tick(file: string): void {
    this.done++;
    this.bar.update(this.done, { file });
  }
  stop(): void {
    this.bar.stop();
  }
}

export function createProgress(
  stream: ProgressStream,
  total: number,
  label = '',
  quiet = false,
): Progress {
  if (quiet || total === 0) return { tick: () => undefined, stop: () => undefined };
  return stream.isTTY
    ? new BarProgress(stream, total, label)
    : new LineProgress(stream, total, label);
}
