// review.html: one self-contained page (inline CSS and JS, no network) for a supervisor: totals,
// a chart of the most frequent problems, and a sortable, filterable table of every report, each
// opening its findings. The reports are compact data (html-data), written as results are read
// back, so the page is built without holding the batch in memory; the page's script draws only the
// rows in view (a virtualised table), so it opens fast with 10,000 reports. Every piece of document
// text is untrusted: escaped in the page's HTML, and set as text (never as markup) by the script.

import { createHash } from 'crypto';
import { SECTIONS } from '../core/format';
import { encodeRow, Interner, rowLine, STATUS_CODES } from './html-data';
import { RULE_NAMES, ruleName, STATUS_NAMES } from './labels';
import { PAGE_CSS, PAGE_SCRIPT } from './html-page';
import type { Sink } from './sink';
import type { RuleCount, Totals } from './tally';
import type { ReviewResult } from './types';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string | number | null | undefined): string {
  if (text === null || text === undefined) return '';
  return String(text).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export interface HtmlHeader {
  folder: string;
  generatedAt: Date;
  totals: Totals;
  topRules: RuleCount[];
  unreadable: { rel: string; error: string }[];
  /** Readable reports not compared with a previous year's, and why. */
  unpaired: { rel: string; reason: string }[];
}

/** The CSP names this one script by its hash: no other inline script (an injected one) may run. */
export const SCRIPT_HASH = `sha256-${createHash('sha256').update(PAGE_SCRIPT, 'utf8').digest('base64')}`;

function chart(top: RuleCount[]): string {
  if (top.length === 0) return '<p>本批报告未发现问题。</p>';
  const rowH = 28;
  const labelW = 300;
  const barMax = 420;
  const max = Math.max(...top.map((r) => r.findings));
  const height = top.length * rowH + 8;
  const bars = top
    .map((r, i) => {
      const y = i * rowH + 4;
      const w = Math.max(2, Math.round((r.findings / max) * barMax));
      const color = r.severity === 'error' ? 'var(--err)' : 'var(--warn)';
      const label = `${ruleName(r.rule)}（${r.rule}）`;
      return (
        `<g><title>${escapeHtml(`${label}：${r.findings} 处，涉及 ${r.reports} 份报告`)}</title>` +
        `<text x="${labelW - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(label)}</text>` +
        `<rect x="${labelW}" y="${y + 4}" width="${w}" height="${rowH - 10}" rx="2" fill="${color}"/>` +
        `<text class="n" x="${labelW + w + 6}" y="${y + 17}">${r.findings} 处 · ${r.reports} 份</text></g>`
      );
    })
    .join('');
  return (
    `<svg role="img" aria-label="最常见的问题" width="100%" viewBox="0 0 ${labelW + barMax + 120} ${height}" ` +
    `preserveAspectRatio="xMinYMin meet" style="max-width:${labelW + barMax + 120}px">${bars}</svg>`
  );
}

/** What the page's script needs besides the rows: names for codes, in one small JSON object. */
function pageNames(): string {
  return JSON.stringify({
    status: STATUS_CODES.map((s) => STATUS_NAMES[s]),
    sections: SECTIONS.map((d) => `${d.numeral}、${d.title}`),
    rules: RULE_NAMES,
  });
}

export class HtmlWriter {
  private totals: Totals | null = null;
  private readonly strings = new Interner();

  constructor(private readonly sink: Sink) {}

  async begin(h: HtmlHeader): Promise<void> {
    this.totals = h.totals;
    const t = h.totals;
    const card = (cls: string, value: number, label: string): string =>
      `<div class="card ${cls}"><b>${value}</b><span>${label}</span></div>`;
    const statusOptions = (['error', 'warning', 'pass', 'not-report', 'unreadable'] as const)
      .map(
        (s) =>
          `<option value="${STATUS_CODES.indexOf(s)}">${STATUS_NAMES[s]}（${t.byStatus[s]}）</option>`,
      )
      .join('');
    const list = (title: string, items: { rel: string; text: string }[]): string =>
      items.length === 0
        ? ''
        : `<h2>${title}（${items.length}）</h2><section class="panel"><ul class="unreadable">` +
          items
            .map(
              (u) =>
                `<li><code>${escapeHtml(u.rel)}</code>：<span class="reason">${escapeHtml(u.text)}</span></li>`,
            )
            .join('') +
          '</ul></section>';
    const heads: Array<[string, string]> = [
      ['机关', 'text'],
      ['文件', 'text'],
      ['年度', 'number'],
      ['格式版本', 'number'],
      ['错误', 'number'],
      ['警告', 'number'],
      ['状态', 'number'],
      ['跨年度比对', 'number'],
    ];
    await this.sink.write(
      '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">' +
        // The page is opened from disk by supervisors, often offline: it must never fetch anything.
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '${SCRIPT_HASH}'; img-src data:">` +
        '<meta name="viewport" content="width=device-width, initial-scale=1">' +
        '<title>政府信息公开工作年度报告批量审查结果</title>' +
        `<style>${PAGE_CSS}</style></head><body>\n` +
        '<header><h1>政府信息公开工作年度报告批量审查结果</h1>' +
        `<p class="meta">目录：${escapeHtml(h.folder)} · 生成时间：${escapeHtml(formatDate(h.generatedAt))}</p>` +
        '<div class="cards">' +
        card('', t.reports, '份报告') +
        card('ok', t.byStatus.pass, '通过') +
        card('err', t.byStatus.error, '有错误') +
        card('warn', t.byStatus.warning, '仅警告') +
        card('bad', t.byStatus.unreadable, '无法读取') +
        card('', t.byStatus['not-report'], '不是年报') +
        card('err', t.errors, '处错误') +
        card('warn', t.warnings, '处警告') +
        card('', t.pairs, '份与上年报告比对') +
        '</div></header>\n' +
        `<h2>最常见的问题</h2><section class="panel" id="chart">${chart(h.topRules)}</section>\n` +
        list(
          '无法读取的文件',
          h.unreadable.map((u) => ({ rel: u.rel, text: u.error })),
        ) +
        list(
          '未能跨年度比对的报告',
          h.unpaired.map((u) => ({ rel: u.rel, text: u.reason })),
        ) +
        '\n<h2>报告列表</h2><div class="filters">' +
        '<label>筛选 <input id="filter-text" type="search" placeholder="机关名称或文件名"></label>' +
        `<label>状态 <select id="filter-status"><option value="">全部</option>${statusOptions}</select></label>` +
        `<span id="shown" aria-live="polite">显示 ${t.reports} / ${t.reports} 份</span></div>\n` +
        '<div id="viewport" tabindex="0"><table id="reports" aria-rowcount="' +
        (t.reports + 1) +
        '"><thead><tr>' +
        heads
          .map(
            ([label, type]) =>
              `<th data-type="${type}"><button type="button">${label}</button></th>`,
          )
          .join('') +
        '<th>详情</th></tr></thead><tbody id="rows"></tbody>' +
        `<tfoot><tr><td colspan="4" id="foot-count">合计 ${t.reports} 份</td>` +
        `<td class="num" id="foot-errors">${t.errors}</td>` +
        `<td class="num" id="foot-warnings">${t.warnings}</td><td colspan="3"></td></tr></tfoot></table></div>\n` +
        '<section class="panel" id="detail" hidden tabindex="-1"></section>\n' +
        `<pre id="names" hidden>${escapeHtml(pageNames())}</pre>\n` +
        '<pre id="data" hidden>',
    );
  }

  async add(r: ReviewResult): Promise<void> {
    await this.sink.write(rowLine(encodeRow(r, this.strings)));
  }

  async end(): Promise<void> {
    await this.sink.write(
      '</pre>\n' +
        '<noscript><p class="reason">报告列表需要启用 JavaScript 才能显示。</p></noscript>\n' +
        `<script>${PAGE_SCRIPT}</script>\n</body></html>\n`,
    );
    await this.sink.close();
  }
}

function formatDate(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
