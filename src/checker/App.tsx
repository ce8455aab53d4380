// The browser checker (issue 4): the task pane beside a preview of the document, over a .docx the
// user drops or chooses. Reading, checking, fixing and saving all happen in this page; nothing is
// uploaded. It opens on a built-in sample report so that a first visitor sees what it does.

import {
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
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';

import type { Mark } from '../core/plan';
import { createDocxHost, type FindingPlace } from '../hosts/docx/browser-host';
import type { DocxFile } from '../hosts/docx/read';
import { Pane } from '../taskpane/Pane';
import { strings, type Locale } from '../taskpane/i18n';
import { Preview } from './Preview';

/** What the page needs from the .docx host, passed in so tests can run without zip files. */
export interface CheckerIo {
  read(data: Uint8Array): Promise<DocxFile>;
  save(file: DocxFile): Promise<Uint8Array>;
}

export interface AppProps {
  io: CheckerIo;
  /** The sample opened at start (null: open empty, waiting for a file). */
  sample: { name: string; bytes: Uint8Array } | null;
  locale?: Locale;
}

interface OpenDoc {
  /** Remounts the pane per file, so no state of one report leaks into the next. */
  id: number;
  name: string;
  file: DocxFile;
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
  drop: { outline: `3px dashed ${tokens.colorBrandStroke1}`, outlineOffset: '-6px' },
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

export function App({ io, sample, locale = 'zh-CN' }: AppProps): JSX.Element {
  const t = strings(locale);
  const styles = useStyles();
  const [doc, setDoc] = useState<OpenDoc | null>(null);
  const [loading, setLoading] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [marks, setMarks] = useState<Mark[]>([]);
  const [selected, setSelected] = useState<{ place: FindingPlace; nonce: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const [saving, setSaving] = useState(false);
  const nextId = useRef(1);
  const fileInput = useRef<HTMLInputElement>(null);

  const open = useCallback(
    async (name: string, data: Uint8Array) => {
      setLoading(true);
      try {
        const file = await io.read(data);
        setDoc({ id: nextId.current++, name, file });
        setMarks([]);
        setSelected(null);
        setLoadError(null);
      } catch (e) {
        // The reader's errors are already in Chinese and say what to do; the page stays usable
        // with whatever document it showed before.
        const message = e instanceof Error && e.message ? e.message : t.unknownError;
        setLoadError(t.loadFailed(name, message));
      } finally {
        setLoading(false);
      }
    },
    [io, t],
  );

  useEffect(() => {
    if (sample) void open(sample.name, sample.bytes);
  }, [sample, open]);

  const openFile = useCallback(
    async (f: File) => open(f.name, new Uint8Array(await f.arrayBuffer())),
    [open],
  );

  // The host lives as long as its document; its changes flow back into `doc` for the preview.
  const docId = doc?.id;
  const host = useMemo(() => {
    if (!doc) return null;
    return createDocxHost(doc.file, (file) => setDoc((d) => (d ? { ...d, file } : d)), {
      onMarks: setMarks,
      onSelect: (place) => setSelected((s) => ({ place, nonce: (s?.nonce ?? 0) + 1 })),
    });
    // Only a new document makes a new host: the host itself produced every later `doc.file`.
  }, [docId]);

  const save = async () => {
    if (!doc) return;
    setSaving(true);
    try {
      download(await io.save(doc.file), fixedName(doc.name, t.downloadSuffix));
    } catch (e) {
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
          </div>
          <div className={styles.fileRow}>
            {/* The native input's own label follows the browser's language ("Choose File"), so it
                is hidden and a button in the page's language opens it. */}
            <Button onClick={() => fileInput.current?.click()}>{t.chooseFile}</Button>
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
            <Button
              appearance="primary"
              onClick={() => void save()}
              disabledFocusable={!doc || saving}
              data-testid="download"
            >
              {t.download}
            </Button>
          </div>
        </header>
        <div role="status" aria-live="polite" className={styles.banner}>
          {loading && <Spinner size="tiny" labelPosition="after" label={t.loading} />}
          {doc && !loading && <span className={styles.meta}>{t.fileLabel(doc.name)}</span>}
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
            {host && doc && <Pane key={doc.id} host={host} locale={locale} />}
          </aside>
          <section className={styles.preview} aria-label={t.preview}>
            {doc && (
              <Preview
                model={doc.file.model}
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
