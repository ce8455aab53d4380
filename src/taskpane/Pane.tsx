// The task pane: toolbar, summary, findings grouped by section, and the states in between.
// It reaches the document only through `host` (Word, WPS or a .docx in the browser), so the same
// component serves the Word add-in and the browser checker, and tests drive it with a fake host.
// State lives in one zustand store per mounted pane (store.ts); the buttons' work in controller.ts.

import { FluentProvider, makeStyles, tokens, webLightTheme } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

import type { PaneHost } from '../hosts/pane-host';
import { PaneContext, usePane, usePaneContext, useVisible, type PaneContextValue } from './context';
import { createController, type PaneController } from './controller';
import { groupBySection } from './findings';
import { strings, type Locale, type Strings } from './i18n';
import { IgnoredList } from './IgnoredList';
import { OutcomeNotices } from './OutcomeNotices';
import { PreviewDialog } from './PreviewDialog';
import { SectionGroup } from './SectionGroup';
import { SelfTestDialog } from './SelfTestDialog';
import { Status } from './Status';
import { createPaneStore } from './store';
import { Summary } from './Summary';
import { Toolbar } from './Toolbar';

export interface PaneProps {
  host: PaneHost;
  locale?: Locale;
}

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    width: '100%',
    maxWidth: '100%',
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    // Long Chinese messages and cell keys must wrap inside 320 px rather than scroll sideways.
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  results: {
    outlineStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
});

export function Pane({ host, locale = 'zh-CN' }: PaneProps): JSX.Element {
  const t = strings(locale);
  return (
    <FluentProvider theme={webLightTheme} lang={t.lang}>
      <PaneBody host={host} t={t} />
    </FluentProvider>
  );
}

function PaneBody({ host, t }: { host: PaneHost; t: Strings }): JSX.Element {
  const styles = useStyles();
  const resultsRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const [store] = useState(createPaneStore);
  const value = useMemo<PaneContextValue>(
    () => ({
      host,
      t,
      store,
      controller: createController(host, t, store, {
        results: () => resultsRef.current?.focus(),
        undo: () => {
          const button = rootRef.current?.querySelector<HTMLElement>('[data-action="undo"]');
          button?.focus();
          return button !== null && button !== undefined;
        },
      }),
    }),
    [host, t, store],
  );
  useEffect(() => value.controller.start(), [value]);

  return (
    <PaneContext.Provider value={value}>
      <div
        ref={rootRef}
        className={styles.root}
        lang={t.lang}
        aria-keyshortcuts="J K"
        onKeyDown={(e) => onStepKey(e, rootRef.current, value.controller)}
      >
        <Toolbar />
        <Status />
        <Results resultsRef={resultsRef} className={styles.results} />
        <IgnoredList />
        <PreviewDialog />
        <SelfTestDialog />
      </div>
    </PaneContext.Provider>
  );
}

/**
 * J / K: next / previous finding. Plain letters, because Word's task pane passes them to the
 * add-in while Alt (KeyTips on Windows), Ctrl+arrows and F6 belong to Office itself; ignored with
 * a modifier, while typing, and inside a dialog or menu.
 */
function onStepKey(
  e: KeyboardEvent<HTMLDivElement>,
  root: HTMLDivElement | null,
  controller: PaneController,
): void {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || !root) return;
  const key = e.key.toLowerCase();
  if (key !== 'j' && key !== 'k') return;
  const target = e.target as HTMLElement;
  if (
    target.closest(
      'input, textarea, select, [contenteditable="true"], [role="dialog"], [role="menu"]',
    )
  )
    return;
  const cards = [
    ...root.querySelectorAll<HTMLElement>('[data-rule]:not([data-ignored]):not([hidden])'),
  ];
  e.preventDefault();
  controller.step(key === 'j' ? 1 : -1, cards);
}

function Results(props: { resultsRef: RefObject<HTMLDivElement>; className: string }): JSX.Element {
  const { t } = usePaneContext();
  const outcome = usePane((s) => s.outcome);
  const checking = usePane((s) => s.checking);
  const visible = useVisible();
  const filter = usePane((s) => s.filter);
  const listed = filter === null ? visible : visible.filter((f) => f.section === filter);
  return (
    <div
      ref={props.resultsRef}
      tabIndex={-1}
      aria-busy={checking}
      aria-label={t.findings}
      className={props.className}
    >
      <OutcomeNotices />
      {outcome?.kind === 'report' && (
        <Summary year={outcome.year} version={outcome.formatVersion} findings={visible} />
      )}
      {groupBySection(listed).map(([key, list]) => (
        <SectionGroup key={key ?? 'other'} sectionKey={key} findings={list} />
      ))}
    </div>
  );
}
