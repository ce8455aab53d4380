// The engine side of the checker: what the worker does with each call, over the one document it
// holds. No worker globals here, so tests run it in-process behind a fake worker.

import { LIMITS } from '../core/limits';
import type { DocBlock, DocCell, DocModel, DocTable } from '../core/model';
import type { Mark } from '../core/plan';
import { createDocxHost, type FindingPlace } from './browser-host';
import { DocxError } from '../hosts/docx/errors';
import { readDocx, type DocxFile } from '../hosts/docx/read';
import { saveDocx } from '../hosts/docx/write';
import type { PaneHost } from '../hosts/pane-host';
import type { CallOf, Op, PreviewDoc, Results, WorkerRequest, WorkerResponse } from './protocol';

/**
 * What the page draws of `model`: its first `maxBlocks` blocks, each text cut to `maxChars`
 * characters (and "…"). Only what is cut is copied; the rest is the model's own objects.
 */
export function previewOf(
  model: DocModel,
  maxBlocks = LIMITS.previewMaxBlocks,
  maxChars = LIMITS.previewMaxChars,
): PreviewDoc {
  let clipped = 0;
  const clip = (s: string): string => {
    if (s.length <= maxChars) return s;
    clipped++;
    return `${s.slice(0, maxChars)}…`;
  };
  const long = (s: string | undefined) => s !== undefined && s.length > maxChars;

  const tableOf = (t: DocTable): DocTable => {
    const cells = new Map<DocCell, DocCell>();
    const cellOf = (c: DocCell): DocCell => {
      let out = cells.get(c);
      if (!out) {
        const cut = long(c.text) || c.paragraphs.some((p) => long(p.text) || long(p.numText));
        out = cut
          ? {
              ...c,
              text: clip(c.text),
              paragraphs: c.paragraphs.map((p) => ({
                ...p,
                text: clip(p.text),
                ...(p.numText !== undefined ? { numText: clip(p.numText) } : {}),
              })),
            }
          : c;
        if (c.tables) out = { ...out, tables: c.tables.map(tableOf) };
        cells.set(c, out);
      }
      return out;
    };
    const rows = t.rows.map((r) => ({ ...r, cells: r.cells.map(cellOf) }));
    // The grid points at the same (possibly cut) cells as the rows, as in the model.
    const grid = t.grid.map((slots) => slots.map((c) => (c ? cellOf(c) : null)));
    return { ...t, rows, grid };
  };

  const blockOf = (b: DocBlock): DocBlock => {
    if (b.kind === 'table') return tableOf(b);
    if (!long(b.text) && !long(b.numText)) return b;
    return {
      ...b,
      text: clip(b.text),
      ...(b.numText !== undefined ? { numText: clip(b.numText) } : {}),
    };
  };

  return {
    blocks: model.blocks.slice(0, maxBlocks).map(blockOf),
    omitted: Math.max(0, model.blocks.length - maxBlocks),
    clipped,
  };
}

/** The user's words for a failure: the reader's own Chinese message, or a general one. */
export function failureMessage(e: unknown): string {
  if (e instanceof DocxError) return e.message;
  const detail = e instanceof Error && e.message ? `（${e.message}）` : '';
  return `检查时出现内部错误${detail}，文件未被修改。`;
}

interface Open {
  host: PaneHost;
  /** The file as opened: the page offers a download only once the current one differs. */
  opened: DocxFile;
  file: DocxFile;
  marks: Mark[];
  place: FindingPlace | null;
  changed: boolean;
}

type Handlers = { [K in Op]: (call: CallOf<K>) => Promise<Results[K]> };

/** Answers one call at a time, in the order they came (a handler awaits, so calls could interleave). */
export function createService(): (request: WorkerRequest) => Promise<WorkerResponse> {
  let doc: Open | null = null;

  const opened = (): Open => {
    if (!doc) throw new Error('no document is open');
    return doc;
  };

  /** Runs a change and answers with the new preview when the file changed. */
  const change = async (run: (d: Open) => Promise<void>) => {
    const d = opened();
    d.changed = false;
    await run(d);
    return {
      preview: d.changed ? previewOf(d.file.model) : null,
      skipped: d.host.skipped?.() ?? [],
      canUndo: d.host.canUndo?.() ?? false,
      dirty: d.file !== d.opened,
    };
  };

  const handlers: Handlers = {
    async open({ bytes }) {
      const file = await readDocx(bytes);
      // The host reports its changes, highlights and places through callbacks: kept for the reply.
      const host = createDocxHost(
        file,
        (next) => {
          d.file = next;
          d.changed = true;
        },
        { onMarks: (m) => (d.marks = m), onSelect: (p) => (d.place = p) },
      );
      const d: Open = { host, opened: file, file, marks: [], place: null, changed: false };
      doc = d;
      const outcome = await d.host.check();
      return { outcome, marks: d.marks, preview: previewOf(file.model) };
    },
    async check() {
      const d = opened();
      const outcome = await d.host.check();
      return { outcome, marks: d.marks };
    },
    async select({ finding }) {
      const d = opened();
      d.place = null;
      await d.host.select(finding);
      return { place: d.place ?? { cells: [] } };
    },
    fix: ({ findings }) => change((d) => d.host.fix(findings)),
    insertMissing: ({ findings }) => change((d) => d.host.insertMissing(findings)),
    clearMarks: () => change((d) => d.host.clearMarks()),
    undo: () =>
      change(async (d) => {
        if (!d.host.undo) throw new Error('no undo');
        await d.host.undo();
      }),
    async loadIgnores() {
      return { ids: await opened().host.loadIgnores() };
    },
    saveIgnores: ({ ids }) => change((d) => d.host.saveIgnores(ids)),
    async save() {
      return { bytes: await saveDocx(opened().file) };
    },
  };

  const run = async <K extends Op>(call: CallOf<K>): Promise<Results[K]> =>
    (handlers[call.op] as (c: CallOf<K>) => Promise<Results[K]>)(call);

  let queue: Promise<unknown> = Promise.resolve();
  return (request) => {
    const { id, call } = request;
    const answer = queue.then(async (): Promise<WorkerResponse> => {
      try {
        // The op and its result agree by construction of `handlers`; TS cannot follow it here.
        return { id, op: call.op, ok: true, result: await run(call) } as WorkerResponse;
      } catch (e) {
        return { id, op: call.op, ok: false, message: failureMessage(e) };
      }
    });
    queue = answer;
    return answer;
  };
}
