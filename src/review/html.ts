// review.html: one self-contained page (inline CSS and JS, no network) for a supervisor: totals,
// a chart of the most frequent problems, and a sortable, filterable table of every report, each
// expandable to its findings. Rows are written as results are read back, so the page is built
// without holding the batch in memory. Every piece of document text is untrusted and escaped.

import { createHash } from 'crypto';
import { sectionDef } from '../core/format';
import { cellLabel, ruleName, STATUS_NAMES } from './labels';
import type { Sink } from './sink';
import type { RuleCount, Totals } from './tally';
import type { ReviewResult, ReviewStatus } from './types';

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

const STATUS_ORDER: Record<ReviewStatus, number> = {
  pass: 0,
  warning: 1,
  error: 2,
  'not-report': 3,
  unreadable: 4,
};

const CSS = `
:root{--err:#c62828;--warn:#b26a00;--ok:#2e7d32;--bad:#6a1b9a;--line:#d9dde3;--muted:#5f6b7a}
*{box-sizing:border-box}
body{margin:0;padding:24px 32px;font:14px/1.6 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:#1f2933;background:#f7f8fa}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 10px}
.meta{color:var(--muted);margin:0}
.cards{display:flex;flex-wrap:wrap;gap:12px;margin-top:16px}
.card{background:#fff;border:1px solid var(--line);border-radius:6px;padding:10px 16px;min-width:110px}
.card b{display:block;font-size:22px}.card span{color:var(--muted)}
.card.err b{color:var(--err)}.card.warn b{color:var(--warn)}.card.ok b{color:var(--ok)}.card.bad b{color:var(--bad)}
section.panel{background:#fff;border:1px solid var(--line);border-radius:6px;padding:12px 16px}
svg text{font-size:13px;fill:#1f2933}svg .n{fill:var(--muted)}
.filters{display:flex;flex-wrap:wrap;gap:16px;align-items:center;margin-bottom:10px}
.filters input{width:260px;padding:4px 8px}.filters select{padding:4px}
#shown{color:var(--muted)}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
thead th{background:#eef1f5;white-space:nowrap}
thead th button{all:unset;cursor:pointer;font-weight:600}
thead th button::after{content:" ↕";color:#9aa5b1}
thead th[aria-sort=ascending] button::after{content:" ↑";color:#1f2933}
thead th[aria-sort=descending] button::after{content:" ↓";color:#1f2933}
td.num{text-align:right;font-variant-numeric:tabular-nums}
tfoot td{background:#eef1f5;font-weight:600}
.file{color:var(--muted);word-break:break-all}
.st{display:inline-block;padding:0 8px;border-radius:10px;color:#fff;white-space:nowrap}
.st-pass{background:var(--ok)}.st-error{background:var(--err)}.st-warning{background:var(--warn)}.st-unreadable{background:var(--bad)}.st-not-report{background:var(--muted)}
.pair{color:#1565c0;white-space:nowrap}
button.toggle{cursor:pointer;padding:1px 10px}
tr.detail>td{background:#fafbfc;padding:10px 16px}
table.findings th{background:#f3f4f6}
.sev-error{color:var(--err);font-weight:600}.sev-warning{color:var(--warn);font-weight:600}
q{color:#37474f}
.reason{color:var(--bad)}
ul.unreadable li{margin:4px 0}
`;

// Plain ES2017, no libraries: sorting by a header, filtering by text and status, expanding rows.
const SCRIPT = `
(function(){
  var table=document.getElementById('reports');
  var heads=table.tHead.rows[0].cells;
  var coll=new Intl.Collator('zh-CN',{numeric:true});
  function bodies(){return Array.prototype.slice.call(table.tBodies);}
  Array.prototype.forEach.call(heads,function(th,i){
    var b=th.querySelector('button');
    if(!b)return;
    b.addEventListener('click',function(){
      var dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
      Array.prototype.forEach.call(heads,function(h){h.removeAttribute('aria-sort');});
      th.setAttribute('aria-sort',dir);
      var num=th.getAttribute('data-type')==='number';
      var list=bodies().map(function(tb,idx){return{tb:tb,v:tb.rows[0].cells[i].getAttribute('data-v')||'',idx:idx};});
      list.sort(function(a,b){
        if(a.v===''||b.v==='')return a.v===b.v?a.idx-b.idx:(a.v===''?1:-1);
        var c=num?Number(a.v)-Number(b.v):coll.compare(a.v,b.v);
        return (dir==='descending'?-c:c)||a.idx-b.idx;
      });
      list.forEach(function(o){table.insertBefore(o.tb,table.tFoot);});
    });
  });
  var text=document.getElementById('filter-text'),status=document.getElementById('filter-status');
  var shown=document.getElementById('shown'),foot=table.tFoot.rows[0].cells;
  function apply(){
    var t=text.value.normalize('NFKC').replace(/\\s+/g,'').toLowerCase(),s=status.value,n=0,e=0,w=0,all=0;
    bodies().forEach(function(tb){
      all++;
      var ok=(!t||tb.getAttribute('data-search').indexOf(t)>=0)&&(!s||tb.getAttribute('data-status')===s);
      tb.hidden=!ok;
      if(ok){n++;e+=Number(tb.getAttribute('data-errors'));w+=Number(tb.getAttribute('data-warnings'));}
    });
    shown.textContent='显示 '+n+' / '+all+' 份';
    foot[0].textContent='合计 '+n+' 份';
    document.getElementById('foot-errors').textContent=String(e);
    document.getElementById('foot-warnings').textContent=String(w);
  }
  text.addEventListener('input',apply);
  status.addEventListener('change',apply);
  table.addEventListener('click',function(ev){
    var b=ev.target&&ev.target.closest?ev.target.closest('button.toggle'):null;
    if(!b)return;
    var d=document.getElementById(b.getAttribute('aria-controls'));
    var open=b.getAttribute('aria-expanded')!=='true';
    b.setAttribute('aria-expanded',String(open));
    b.textContent=open?'收起':'展开';
    d.hidden=!open;
  });
  apply();
})();
`;

/** The CSP names this one script by its hash: no other inline script (an injected one) may run. */
export const SCRIPT_HASH = `sha256-${createHash('sha256').update(SCRIPT, 'utf8').digest('base64')}`;

/** For the text filter: agency and file, folded as the page folds what is typed. */
function searchKey(r: ReviewResult): string {
  return `${r.agency ?? ''}|${r.rel}`.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

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

function findingsTable(r: ReviewResult): string {
  if (r.status === 'unreadable') {
    return `<p class="reason">无法读取：${escapeHtml(r.error)}</p>`;
  }
  if (r.status === 'not-report') return `<p class="reason">${escapeHtml(r.error)}</p>`;
  const pair = r.previous
    ? `<p class="pair">已与 ${r.previous.year} 年报告（${escapeHtml(r.previous.rel)}）比对。</p>`
    : r.unpaired
      ? `<p class="pair">未跨年度比对：${escapeHtml(r.unpaired)}</p>`
      : '';
  if (r.findings.length === 0) return `${pair}<p>未发现问题。</p>`;
  const rows = r.findings
    .map((f) => {
      const def = sectionDef(f.section);
      const cell = cellLabel(f, r.formatVersion);
      const place = [f.quote ? `<q>${escapeHtml(f.quote)}</q>` : '', cell ? escapeHtml(cell) : '']
        .filter((s) => s !== '')
        .join('<br>');
      return (
        `<tr><td class="sev-${f.severity}">${f.severity === 'error' ? '错误' : '警告'}</td>` +
        `<td>${escapeHtml(`${def.numeral}、${def.title}`)}</td>` +
        `<td>${escapeHtml(ruleName(f.rule))}<br><code>${escapeHtml(f.rule)}</code></td>` +
        `<td>${place}</td><td>${escapeHtml(f.message)}</td>` +
        `<td>${escapeHtml(f.expected)}</td><td>${escapeHtml(f.actual)}</td></tr>`
      );
    })
    .join('');
  return (
    `${pair}<table class="findings"><thead><tr><th>级别</th><th>章节</th><th>问题类型</th>` +
    `<th>位置（句子或单元格）</th><th>说明</th><th>应为</th><th>实为</th></tr></thead>` +
    `<tbody>${rows}</tbody></table>`
  );
}

function td(content: string, sortValue: string | number | null, cls = ''): string {
  const v = sortValue === null ? '' : escapeHtml(sortValue);
  return `<td${cls ? ` class="${cls}"` : ''} data-v="${v}">${content}</td>`;
}

export class HtmlWriter {
  private n = 0;
  private totals: Totals | null = null;

  constructor(private readonly sink: Sink) {}

  async begin(h: HtmlHeader): Promise<void> {
    this.totals = h.totals;
    const t = h.totals;
    const card = (cls: string, value: number, label: string): string =>
      `<div class="card ${cls}"><b>${value}</b><span>${label}</span></div>`;
    const statusOptions = (['error', 'warning', 'pass', 'not-report', 'unreadable'] as const)
      .map((s) => `<option value="${s}">${STATUS_NAMES[s]}（${t.byStatus[s]}）</option>`)
      .join('');
    const unreadable =
      h.unreadable.length === 0
        ? ''
        : `<h2>无法读取的文件（${h.unreadable.length}）</h2><section class="panel"><ul class="unreadable">` +
          h.unreadable
            .map(
              (u) =>
                `<li><code>${escapeHtml(u.rel)}</code>：<span class="reason">${escapeHtml(u.error)}</span></li>`,
            )
            .join('') +
          '</ul></section>';
    const unpaired =
      h.unpaired.length === 0
        ? ''
        : `<h2>未能跨年度比对的报告（${h.unpaired.length}）</h2><section class="panel"><ul class="unreadable">` +
          h.unpaired
            .map(
              (u) =>
                `<li><code>${escapeHtml(u.rel)}</code>：<span class="reason">${escapeHtml(u.reason)}</span></li>`,
            )
            .join('') +
          '</ul></section>';
    await this.sink.write(
      '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">' +
        // The page is opened from disk by supervisors, often offline: it must never fetch anything.
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src '${SCRIPT_HASH}'; img-src data:">` +
        '<meta name="viewport" content="width=device-width, initial-scale=1">' +
        '<title>政府信息公开工作年度报告批量审查结果</title>' +
        `<style>${CSS}</style></head><body>\n` +
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
        unreadable +
        unpaired +
        '\n<h2>报告列表</h2><div class="filters">' +
        '<label>筛选 <input id="filter-text" type="search" placeholder="机关名称或文件名"></label>' +
        `<label>状态 <select id="filter-status"><option value="">全部</option>${statusOptions}</select></label>` +
        `<span id="shown">显示 ${t.reports} / ${t.reports} 份</span></div>\n` +
        '<table id="reports"><thead><tr>' +
        '<th data-type="text"><button type="button">机关</button></th>' +
        '<th data-type="text"><button type="button">文件</button></th>' +
        '<th data-type="number"><button type="button">年度</button></th>' +
        '<th data-type="number"><button type="button">格式版本</button></th>' +
        '<th data-type="number"><button type="button">错误</button></th>' +
        '<th data-type="number"><button type="button">警告</button></th>' +
        '<th data-type="number"><button type="button">状态</button></th>' +
        '<th data-type="number"><button type="button">跨年度比对</button></th>' +
        '<th>详情</th></tr></thead>\n',
    );
  }

  async add(r: ReviewResult): Promise<void> {
    const id = `d${++this.n}`;
    const unreadable = r.status === 'unreadable' || r.status === 'not-report';
    const row =
      `<tbody data-status="${r.status}" data-errors="${r.errors}" data-warnings="${r.warnings}" ` +
      `data-search="${escapeHtml(searchKey(r))}"><tr>` +
      td(r.agency ? escapeHtml(r.agency) : '<span class="file">（未识别）</span>', r.agency) +
      td(escapeHtml(r.rel), r.rel, 'file') +
      td(r.year === null ? '' : String(r.year), r.year) +
      td(r.formatVersion === null ? '' : `${r.formatVersion} 版`, r.formatVersion) +
      td(unreadable ? '' : String(r.errors), unreadable ? null : r.errors, 'num') +
      td(unreadable ? '' : String(r.warnings), unreadable ? null : r.warnings, 'num') +
      td(
        `<span class="st st-${r.status}">${STATUS_NAMES[r.status]}</span>`,
        STATUS_ORDER[r.status],
      ) +
      td(
        r.previous ? `<span class="pair">与 ${r.previous.year} 年报告比对</span>` : '',
        r.previous ? r.previous.year : null,
      ) +
      `<td><button type="button" class="toggle" aria-expanded="false" aria-controls="${id}">展开</button></td>` +
      `</tr><tr class="detail" id="${id}" hidden><td colspan="9">${findingsTable(r)}</td></tr></tbody>\n`;
    await this.sink.write(row);
  }

  async end(): Promise<void> {
    const t = this.totals;
    await this.sink.write(
      `<tfoot><tr><td colspan="4">合计 ${t?.reports ?? 0} 份</td>` +
        `<td class="num" id="foot-errors">${t?.errors ?? 0}</td>` +
        `<td class="num" id="foot-warnings">${t?.warnings ?? 0}</td><td colspan="3"></td></tr></tfoot></table>\n` +
        `<script>${SCRIPT}</script>\n</body></html>\n`,
    );
    await this.sink.close();
  }
}

function formatDate(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
