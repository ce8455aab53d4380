// The browser checker (issue 4): the task pane beside a preview of the document, over a .docx the
// user drops or chooses. Reading, checking, fixing and saving all happen in this page; nothing is
// uploaded. It opens on a built-in sample report so that a first visitor sees what it does.

import {
  Badge,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useDeferredValue, useEffect, useRef, useState, type DragEvent } from 'react';

import { LIMITS } from '../core/limits';
import type { Mark } from '../core/plan';
import type { FindingPlace } from './browser-host';
import { Pane } from '../taskpane/Pane';
import { strings, type Locale, type Strings } from '../taskpane/i18n';
import type { PaneHost } from '../hosts/pane-host';
import { Preview } from './Preview';
import type { PreviewDoc } from './protocol';
import {
  EngineError,
  SessionStopped,
  WorkerSession,
  type SpawnWorker,
  type StartedOpen,
} from './session';
import { createWorkerHost } from './worker-host';

/** Where the page's engine runs: one worker per document, so that it can be stopped. */
export interface CheckerIo {
  /** Starts a fresh engine worker (tests pass a fake that runs the engine in-process). */
  spawn: SpawnWorker;
  /** Each call's time limit; LIMITS.checkerTimeLimitMs unless a test says otherwise. */
  timeLimitMs?: number;
}

export interface AppProps {
  io: CheckerIo;
  /**
   * The sample opened at start (null: open empty, waiting for a file); `started` when its worker
   * and check were started before the page rendered (src/checker/index.tsx).
   */
  sample: { name: string; bytes: Uint8Array; started?: StartedOpen } | null;
  locale?: Locale;
}

interface OpenDoc {
  /** Remounts the pane per file, so no state of one report leaks into the next. */
  id: number;
  /** The name shown in the header: the file whose findings the pane shows. */
  name: string;
  session: WorkerSession;
  host: PaneHost;
  preview: PreviewDoc;
  /** Whether the file differs from the one opened: only then is there something to download. */
  dirty: boolean;
  /** The built-in sample (labelled 示例报告), not a file of the user's. */
  sample: boolean;
}

const useStyles = makeStyles({
  app: {
    display: 'flex',
    flexDirection: 'column',
    height: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  titles: { display: 'flex', flexDirection: 'column', marginRight: 'auto', minWidth: 0 },
  h1: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  fileRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  // Visually hidden but present: tests and assistive drivers set files on it directly.
  fileInput: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  body: {
    display: 'flex',
    flex: 1,
    minHeight: 0,
    '@media (max-width: 720px)': { flexDirection: 'column' },
  },
  pane: {
    width: '380px',
    flexShrink: 0,
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 720px)': { width: '100%', maxHeight: '50vh' },
  },
  preview: { flex: 1, minWidth: 0, overflow: 'auto', padding: tokens.spacingHorizontalL },
  fileLine: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  file: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  drop: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-6px' },
  // Fluent centres a spinner; here it reads as a status line, from the left.
  spinner: { justifyContent: 'flex-start' },
  banner: { padding: `0 ${tokens.spacingHorizontalL}`, marginTop: tokens.spacingVerticalS },
});

/** "报告.docx" → "报告-勾稽修复.docx" */
export function fixedName(name: string, suffix: string): string {
  return `${name.replace(/\.docx$/i, '')}${suffix}.docx`;
}

function download(bytes: Uint8Array, name: string): void {
  // A copy into a plain ArrayBuffer: Blob wants one, and the saved bytes may be a view.
  const blob = new Blob([bytes.slice().buffer], {
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The user's words for why a file could not be opened or checked. */
function failureText(t: Strings, name: string, e: unknown, limitMs: number): string {
  if (e instanceof SessionStopped && e.reason === 'timeout')
    return t.timedOut(name, Math.ceil(limitMs / 1000));
  if (e instanceof SessionStopped) return t.engineStopped(name);
  const message = e instanceof EngineError && e.message ? e.message : t.unknownError;
  return t.loadFailed(name, message);
}

export function App({ io, sample, locale = 'zh-CN' }: AppProps): JSX.Element {
  const t = strings(locale);
  const styles = useStyles();
  const limitMs = io.timeLimitMs ?? LIMITS.checkerTimeLimitMs;
  const [doc, setDoc] = useState<OpenDoc | null>(null);
  /** The name of the file being read and checked, if any. */
  const [loading, setLoading] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [marks, setMarks] = useState<Mark[]>([]);
  const [selected, setSelected] = useState<{ place: FindingPlace; nonce: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [saving, setSaving] = useState(false);
  /** The name the fixed file was last downloaded under: the page says it is done. */
  const [saved, setSaved] = useState<string | null>(null);
  const nextId = useRef(1);
  const fileInput = useRef<HTMLInputElement>(null);
  /** The session still opening a file: a newer file cancels it. */
  const opening = useRef<WorkerSession | null>(null);
  /** The session of the document shown. */
  const shown = useRef<WorkerSession | null>(null);

  /** The sample's session started before the page rendered, until open() takes it (once). */
  const early = useRef<StartedOpen | undefined>(sample?.started);

  const open = useCallback(
    async (name: string, data: Uint8Array, isSample = false) => {
      opening.current?.cancel();
      opening.current = null;
      const id = nextId.current++;
      const started = isSample ? early.current : undefined;
      // Another file first: the sample's early session is not wanted any more.
      if (!started) early.current?.session.cancel();
      early.current = undefined;
      let session: WorkerSession;
      const onStop = (stop: SessionStopped) => {
        // The shown document's worker stopped (a fix or re-check over the limit): its findings
        // and preview can no longer be trusted or acted on.
        if (shown.current !== session) return;
        shown.current = null;
        setDoc(null);
        setMarks([]);
        setLoadError(failureText(t, name, stop, limitMs));
      };
      try {
        session = started?.session ?? new WorkerSession(io.spawn, limitMs, onStop);
        session.onStopped(onStop);
      } catch {
        // No worker could be started (a browser without workers, a blocked script).
        setLoading(null);
        setLoadError(t.engineUnavailable);
        return;
      }
      opening.current = session;
      setLoading(name);
      try {
        const first = await (started?.first ?? session.call({ op: 'open', bytes: data }));
        if (opening.current !== session) return;
        const host = createWorkerHost(session, first, {
          onMarks: (m) => {
            if (shown.current === session) setMarks(m);
          },
          onSelect: (place) => {
            if (shown.current === session)
              setSelected((s) => ({ place, nonce: (s?.nonce ?? 0) + 1 }));
          },
          onPreview: (preview) =>
            setDoc((d) => (d && d.session === session ? { ...d, preview } : d)),
          onDirty: (dirty) => {
            setDoc((d) => (d && d.session === session ? { ...d, dirty } : d));
            if (dirty) setSaved(null);
          },
        });
        // Only now does the new file replace the shown one, name, findings and preview at once.
        shown.current?.cancel();
        shown.current = session;
        setDoc({ id, name, session, host, preview: first.preview, dirty: false, sample: isSample });
        setSaved(null);
        setMarks([]);
        setSelected(null);
        setLoadError(null);
      } catch (e) {
        // A newer file took over: this one's cancellation is no news to the user.
        if (opening.current !== session) return;
        session.cancel();
        // The document shown before (if any) stays, with its own name and findings.
        setLoadError(failureText(t, name, e, limitMs));
      } finally {
        if (opening.current === session) {
          opening.current = null;
          setLoading(null);
        }
      }
    },
    [io, limitMs, t],
  );

  useEffect(() => {
    if (sample) void open(sample.name, sample.bytes, true);
  }, [sample, open]);

  // Workers end with the page's checker: none is left running after it unmounts.
  useEffect(
    () => () => {
      early.current?.session.cancel();
      opening.current?.cancel();
      shown.current?.cancel();
    },
    [],
  );

  // A newly opened document's preview (every table of the report) renders after its findings have
  // been committed, in a render React may interrupt: the findings come first (issue 14). Updates of
  // the same document (a fix) reach the preview at once; a closed one leaves it at once too.
  const deferredId = useDeferredValue(doc?.id);
  const previewDoc = doc && deferredId === doc.id ? doc : null;

  const openFile = useCallback(
    async (f: File) => open(f.name, new Uint8Array(await f.arrayBuffer())),
    [open],
  );

  const save = async () => {
    if (!doc) return;
    setSaving(true);
    try {
      const { bytes } = await doc.session.call({ op: 'save' });
      const name = fixedName(doc.name, t.downloadSuffix);
      download(bytes, name);
      setSaved(name);
    } catch (e) {
      if (!(e instanceof SessionStopped))
        setLoadError(t.actionFailed(e instanceof Error ? e.message : t.unknownError));
    } finally {
      setSaving(false);
    }
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    const f = e.dataTransfer.files[0];
    if (f) void openFile(f);
  };

  return (
    <FluentProvider theme={webLightTheme} lang={t.lang}>
      <div
        className={mergeClasses(styles.app, dragging && styles.drop)}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <header className={styles.header}>
          <div className={styles.titles}>
            <h1 className={styles.h1}>{t.appTitle}</h1>
            <span className={styles.meta}>
              {t.appTagline} {t.privacy}
            </span>
            {doc && (
              <span className={styles.fileLine}>
                {doc.sample && (
                  <Badge appearance="tint" color="informative" data-testid="sample-badge">
                    {t.sample}
                  </Badge>
                )}
                <span className={styles.file} data-testid="current-file">
                  {t.fileLabel(doc.name)}
                </span>
                {doc.sample && <span className={styles.meta}>{t.sampleNote}</span>}
              </span>
            )}
          </div>
          <div className={styles.fileRow}>
            {/* The native input's own label follows the browser's language ("Choose File"), so it
                is hidden and a button in the page's language opens it. */}
            <Button appearance="primary" onClick={() => fileInput.current?.click()}>
              {t.chooseFile}
            </Button>
            <input
              ref={fileInput}
              className={styles.fileInput}
              type="file"
              tabIndex={-1}
              aria-hidden="true"
              accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              onChange={(e) => {
                const f = e.currentTarget.files?.[0];
                // Cleared so that choosing the same file again (after editing it) loads it again.
                e.currentTarget.value = '';
                if (f) void openFile(f);
              }}
            />
            <span className={styles.meta}>{t.dropHint}</span>
            {doc?.dirty && (
              <Button
                onClick={() => void save()}
                disabledFocusable={saving}
                data-testid="download"
                data-action="download"
              >
                {t.download}
              </Button>
            )}
          </div>
        </header>
        <div role="status" aria-live="polite" className={styles.banner}>
          {loading !== null && (
            <Spinner
              className={styles.spinner}
              size="tiny"
              labelPosition="after"
              label={t.loadingFile(loading)}
            />
          )}
          {saved !== null && loading === null && (
            <span className={styles.meta} data-testid="saved">
              {t.downloaded(saved)}
            </span>
          )}
        </div>
        {loadError && (
          <div className={styles.banner}>
            <MessageBar intent="error" data-testid="load-error">
              <MessageBarBody>{loadError}</MessageBarBody>
            </MessageBar>
          </div>
        )}
        <main className={styles.body}>
          <aside className={styles.pane} aria-label={t.findings}>
            {doc && <Pane key={doc.id} host={doc.host} locale={locale} />}
          </aside>
          {/* Focusable: keyboard users scroll the document with the arrow keys. */}
          <section className={styles.preview} aria-label={t.preview} tabIndex={0}>
            {previewDoc && (
              <Preview
                key={previewDoc.id}
                blocks={previewDoc.preview.blocks}
                notes={[
                  ...(previewDoc.preview.omitted > 0
                    ? [
                        t.previewOmitted(
                          previewDoc.preview.blocks.length,
                          previewDoc.preview.omitted,
                        ),
                      ]
                    : []),
                  ...(previewDoc.preview.clipped > 0
                    ? [t.previewClipped(previewDoc.preview.clipped, LIMITS.previewMaxChars)]
                    : []),
                ]}
                marks={marks}
                selected={selected}
                label={t.preview}
                emptyText={t.previewEmpty}
              />
            )}
          </section>
        </main>
      </div>
    </FluentProvider>
  );
}
