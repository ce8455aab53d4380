// review.csv: one row per report (and, on request, a second file with one row per finding).
// UTF-8 with a byte-order mark, because Excel reads a BOM-less CSV in the system code page and
// garbles the Chinese; CRLF line ends as RFC 4180 and Excel expect.

import { findingPlace, ruleName, STATUS_NAMES } from './labels';
import { sectionDef } from '../core/format';
import type { Sink } from './sink';
import type { ReviewResult } from './types';

export const BOM = '\uFEFF';

/** One CSV field; text from documents that starts like a formula is defused for spreadsheets. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function line(fields: (string | number | null | undefined)[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

export const REPORT_HEADER = [
  '文件',
  '机关',
  '年度',
  '格式版本',
  '错误',
  '警告',
  '状态',
  '跨年度比对',
  '无法读取的原因',
];

export function reportRow(r: ReviewResult): string {
  const counted = r.status !== 'unreadable' && r.status !== 'not-report';
  return line([
    r.rel,
    r.agency,
    r.year,
    r.formatVersion,
    counted ? r.errors : null,
    counted ? r.warnings : null,
    STATUS_NAMES[r.status],
    r.previous
      ? `与 ${r.previous.year} 年报告比对（${r.previous.rel}）`
      : r.unpaired
        ? `未比对：${r.unpaired}`
        : null,
    r.error,
  ]);
}

export const FINDING_HEADER = [
  '文件',
  '机关',
  '年度',
  '级别',
  '规则',
  '问题类型',
  '章节',
  '位置',
  '说明',
  '应为',
  '实为',
];

export function findingRows(r: ReviewResult): string {
  return r.findings
    .map((f) => {
      const def = sectionDef(f.section);
      return line([
        r.rel,
        r.agency,
        r.year,
        f.severity === 'error' ? '错误' : '警告',
        f.rule,
        ruleName(f.rule),
        `${def.numeral}、${def.title}`,
        findingPlace(f, r.formatVersion),
        f.message,
        f.expected,
        f.actual,
      ]);
    })
    .join('');
}

/** Writes rows as results come; `header` is written first, after the BOM. */
export class CsvWriter {
  private started = false;
  constructor(
    private readonly sink: Sink,
    private readonly header: string[],
    private readonly rows: (r: ReviewResult) => string,
  ) {}
  async add(r: ReviewResult): Promise<void> {
    if (!this.started) await this.start();
    const text = this.rows(r);
    if (text) await this.sink.write(text);
  }
  private async start(): Promise<void> {
    this.started = true;
    await this.sink.write(BOM + line(this.header));
  }
  async close(): Promise<void> {
    if (!this.started) await this.start();
    await this.sink.close();
  }
}
