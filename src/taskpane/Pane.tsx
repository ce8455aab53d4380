// The task pane: toolbar, summary, findings grouped by section, and the states in between.
// It reaches the document only through `host` (Word or a .docx in the browser), so the same
// component serves the Word add-in and the browser checker, and tests drive it with a fake host.

import {
  Badge,
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';

import { findingId } from '../core/check';
import { isSafe } from '../core/fix';
import type { Finding, RuleId, Severity } from '../core/finding';
import { SECTION_KEYS, type FormatVersion, type SectionKey } from '../core/format';
import type { CheckOutcome, PaneHost } from '../hosts/pane-host';
import { strings, type Locale, type Strings } from './i18n';

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
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
  results: {
    outlineStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  summary: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  h2: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  h3: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  sectionList: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: '2px',
    fontSize: tokens.fontSizeBase200,
  },
  sectionRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalXS,
  },
  badges: { display: 'flex', gap: tokens.spacingHorizontalXXS, flexWrap: 'wrap' },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    boxSizing: 'border-box',
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  warning: { borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorder2}` },
  ignored: { opacity: 0.75, borderLeft: `3px solid ${tokens.colorNeutralStroke1}` },
  message: { fontSize: tokens.fontSizeBase300 },
  values: { fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  // One rule's findings in a section, when there are too many to list one by one.
  ruleGroup: {
    boxSizing: 'border-box',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalXS,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  ruleGroupWarning: { borderLeft: `3px solid ${tokens.colorPaletteMarigoldBorder2}` },
  ruleGroupHeader: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalXXS}`,
  },
  ruleGroupTitle: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
  },
  more: { alignSelf: 'flex-start' },
  // Collapsed cards stay in the DOM (every finding is an element with data-rule) but not on screen;
  // `display: flex` of `item` would otherwise win over the `hidden` attribute.
  hidden: { display: 'none' },
});

type Action =
  'check' | 'fix' | 'fix-group' | 'fix-all' | 'insert' | 'clear' | 'ignore' | 'restore' | 'select';

const INSERT_KINDS = new Set(['insert-section', 'insert-table']);

function isInsert(f: Finding): boolean {
  return f.fix !== undefined && INSERT_KINDS.has(f.fix.kind);
}

/** A notice followed by why some edits were left to the user. */
function withSkipped(notice: string, skipped: readonly string[]): string {
  return [notice, ...skipped].join(' ');
}

function errorMessage(e: unknown, t: Strings): string {
  if (e instanceof Error && e.message) return e.message;
  if (typeof e === 'string' && e) return e;
  return t.unknownError;
}

/** The `data-cell` test contract: "table/row/column" for findings about one cell. */
function cellAttr(f: Finding): string | undefined {
  return f.table && f.row && f.column ? `${f.table}/${f.row}/${f.column}` : undefined;
}

function countBy(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}

/** Sections in the official order, errors before warnings, keeping the engine's order otherwise. */
function groupBySection(findings: readonly Finding[]): [SectionKey | null, Finding[]][] {
  const groups = new Map<SectionKey | null, Finding[]>();
  for (const key of SECTION_KEYS) groups.set(key, []);
  for (const f of findings) {
    const key = (SECTION_KEYS as readonly string[]).includes(f.section) ? f.section : null;
    const list = groups.get(key) ?? [];
    list.push(f);
    groups.set(key, list);
  }
  return [...groups.entries()]
    .filter(([, list]) => list.length > 0)
    .map(([key, list]) => [
      key,
      [
        ...list.filter((f) => f.severity === 'error'),
        ...list.filter((f) => f.severity !== 'error'),
      ],
    ]);
}

/** A rule with more findings than this in one section is shown as one collapsible group. */
const GROUP_THRESHOLD = 3;
/** How many cards a collapsed group still shows. */
const GROUP_PREVIEW = 2;

type SectionEntry =
  | { kind: 'one'; finding: Finding }
  | { kind: 'group'; rule: RuleId; severity: Severity; findings: Finding[] };

/**
 * One section's findings (errors first) as cards and rule groups: a rule with more than
 * GROUP_THRESHOLD findings of one severity becomes a group where its first finding was; the
 * others stay where they were. Grouping by rule and severity keeps errors before warnings.
 */
function groupByRule(findings: readonly Finding[]): SectionEntry[] {
  const bucketKey = (f: Finding) => `${f.rule}|${f.severity}`;
  const buckets = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = buckets.get(bucketKey(f)) ?? [];
    list.push(f);
    buckets.set(bucketKey(f), list);
  }
  const entries: SectionEntry[] = [];
  const placed = new Set<string>();
  for (const f of findings) {
    const k = bucketKey(f);
    const bucket = buckets.get(k) ?? [f];
    if (bucket.length <= GROUP_THRESHOLD) entries.push({ kind: 'one', finding: f });
    else if (!placed.has(k)) {
      placed.add(k);
      entries.push({ kind: 'group', rule: f.rule, severity: f.severity, findings: bucket });
    }
  }
  return entries;
}

/** An ignored id whose finding this session never saw (ignored in an earlier session). */
function describeIgnoredId(
  id: string,
  t: Strings,
): { rule: string; section: string; text: string } {
  const [rule = '', section = '', table = '', row = '', column = '', quote = ''] = id.split('|');
  const ruleName = (t.rule as Record<string, string | undefined>)[rule] ?? rule;
  const where = [table, row, column].filter((s) => s !== '').join('/');
  const text = [ruleName, where, quote].filter((s) => s !== '').join(' · ');
  return { rule, section, text };
}

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
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [checking, setChecking] = useState(false);
  const [busy, setBusy] = useState<Action | null>(null);
  const [ignores, setIgnores] = useState<string[]>([]);
  // Findings ignored in this session, so that "show ignored" can show them in full even though
  // the host drops ignored findings from its next check.
  const [ignoredSeen, setIgnoredSeen] = useState<Map<string, Finding>>(() => new Map());
  const [showIgnored, setShowIgnored] = useState(false);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  // Only the latest check may set the outcome: an edit event can start one while another runs.
  const runId = useRef(0);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const recheck = useCallback(async (): Promise<void> => {
    const id = ++runId.current;
    setChecking(true);
    let next: CheckOutcome;
    try {
      next = await host.check();
    } catch (e) {
      next = { kind: 'error', message: errorMessage(e, t) };
    }
    if (!mounted.current || id !== runId.current) return;
    setOutcome(next);
    setChecking(false);
  }, [host, t]);

  useEffect(() => {
    let live = true;
    host
      .loadIgnores()
      .then((ids) => {
        if (live) setIgnores(ids);
      })
      // Ignores are a convenience: a document whose store cannot be read is still checked.
      .catch(() => undefined);
    void recheck();
    const unsubscribe = host.onChange?.(() => void recheck());
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [host, recheck]);

  const ignoreSet = useMemo(() => new Set(ignores), [ignores]);
  const allFindings = useMemo(
    () => (outcome && 'findings' in outcome ? outcome.findings : []),
    [outcome],
  );
  // The host drops ignored findings itself; filtering here too hides one at once, before re-check.
  const visible = useMemo(
    () => allFindings.filter((f) => !ignoreSet.has(findingId(f))),
    [allFindings, ignoreSet],
  );
  const fixable = visible.filter(isSafe);
  const insertable = visible.filter(isInsert);

  /** Runs one user action; failures become a visible message instead of an unhandled rejection. */
  const act = async (
    action: Action,
    run: () => Promise<string | null>,
    keepFocus = false,
  ): Promise<void> => {
    setBusy(action);
    setNotice(null);
    try {
      const text = await run();
      if (mounted.current && text) setNotice({ text, error: false });
    } catch (e) {
      if (mounted.current) setNotice({ text: t.actionFailed(errorMessage(e, t)), error: true });
    } finally {
      if (mounted.current) {
        setBusy(null);
        // The button that had focus may be gone with its finding: keep keyboard users in the list
        // rather than dropped back to the top of the page.
        const lost = document.activeElement === null || document.activeElement === document.body;
        if (!keepFocus && lost) resultsRef.current?.focus();
      }
    }
  };

  const fixOne = (f: Finding) =>
    act('fix', async () => {
      await host.fix([f]);
      const skipped = host.skipped?.() ?? [];
      await recheck();
      return withSkipped(t.fixedNotice(1 - skipped.length), skipped);
    });

  const fixGroup = (group: readonly Finding[]) =>
    act('fix-group', async () => {
      const todo = group.filter(isSafe);
      await host.fix(todo);
      const skipped = host.skipped?.() ?? [];
      await recheck();
      return withSkipped(t.fixedNotice(todo.length - skipped.length), skipped);
    });

  const fixAll = () =>
    act('fix-all', async () => {
      const n = fixable.length;
      await host.fix(fixable);
      const skipped = host.skipped?.() ?? [];
      await recheck();
      return withSkipped(t.fixedNotice(n - skipped.length), skipped);
    });

  const insertMissing = () =>
    act('insert', async () => {
      const n = insertable.length;
      await host.insertMissing(insertable);
      const skipped = host.skipped?.() ?? [];
      await recheck();
      return withSkipped(t.insertedNotice(n - skipped.length), skipped);
    });

  const clearMarks = () =>
    act(
      'clear',
      async () => {
        await host.clearMarks();
        return t.marksCleared;
      },
      true,
    );

  const recheckNow = () =>
    act(
      'check',
      async () => {
        await recheck();
        return null;
      },
      true,
    );

  const select = (f: Finding) =>
    act(
      'select',
      async () => {
        await host.select(f);
        return null;
      },
      true,
    );

  const ignore = (f: Finding) =>
    act('ignore', async () => {
      const id = findingId(f);
      const next = [...ignores.filter((x) => x !== id), id];
      setIgnores(next);
      setIgnoredSeen((m) => new Map(m).set(id, f));
      await host.saveIgnores(next);
      return t.ignoredNotice;
    });

  const restore = (id: string) =>
    act('restore', async () => {
      const next = ignores.filter((x) => x !== id);
      setIgnores(next);
      await host.saveIgnores(next);
      // The host dropped this finding from its last check: only a new check brings it back.
      await recheck();
      return t.restoredNotice;
    });

  const disabled = busy !== null || checking;
  const kind = outcome?.kind;
  const hasReport = kind === 'report' || kind === 'no-tables';

  return (
    <div className={styles.root} lang={t.lang}>
      <div className={styles.toolbar} role="group" aria-label={t.toolbar}>
        <Button
          size="small"
          appearance="primary"
          onClick={() => void recheckNow()}
          disabledFocusable={disabled}
        >
          {t.check}
        </Button>
        <Button
          size="small"
          onClick={() => void fixAll()}
          disabledFocusable={disabled || fixable.length === 0}
        >
          {t.fixAll}
        </Button>
        <Button size="small" onClick={() => void clearMarks()} disabledFocusable={disabled}>
          {t.clearMarks}
        </Button>
        <Button
          size="small"
          onClick={() => void insertMissing()}
          disabledFocusable={disabled || insertable.length === 0}
        >
          {t.insertMissing}
        </Button>
      </div>

      <div role="status" aria-live="polite">
        {checking && <Spinner size="tiny" labelPosition="after" label={t.checking} />}
        {notice && !notice.error && <span className={styles.meta}>{notice.text}</span>}
      </div>
      {notice?.error && (
        <MessageBar intent="error">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}

      <div
        ref={resultsRef}
        tabIndex={-1}
        aria-busy={checking}
        aria-label={t.findings}
        className={styles.results}
      >
        {outcome?.kind === 'error' && (
          <MessageBar intent="error" data-state="error">
            <MessageBarBody>
              <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
              {outcome.message}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === 'not-report' && (
          <MessageBar intent="warning" data-state="not-report">
            <MessageBarBody>
              <MessageBarTitle>{t.notReportTitle}</MessageBarTitle>
              {t.notReportBody}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === 'no-tables' && (
          <MessageBar intent="warning" data-state="no-tables">
            <MessageBarBody>
              <MessageBarTitle>{t.noTablesTitle}</MessageBarTitle>
              {t.noTablesBody}
            </MessageBarBody>
          </MessageBar>
        )}
        {outcome?.kind === 'report' && (
          <Summary t={t} year={outcome.year} version={outcome.formatVersion} findings={visible} />
        )}
        {hasReport && visible.length === 0 && !checking && (
          <MessageBar intent="success" data-state="all-good">
            <MessageBarBody>
              <MessageBarTitle>{t.allGoodTitle}</MessageBarTitle>
              {t.allGoodBody}
            </MessageBarBody>
          </MessageBar>
        )}
        {groupBySection(visible).map(([key, list]) => (
          <SectionGroup
            key={key ?? 'other'}
            sectionKey={key}
            findings={list}
            t={t}
            disabled={disabled}
            onFixGroup={(group) => void fixGroup(group)}
          >
            {(f, hidden) => (
              <FindingItem
                key={findingId(f)}
                finding={f}
                t={t}
                hidden={hidden}
                disabled={disabled}
                onSelect={() => void select(f)}
                onFix={f.fix ? () => void fixOne(f) : undefined}
                onIgnore={() => void ignore(f)}
              />
            )}
          </SectionGroup>
        ))}
      </div>

      {ignores.length > 0 && (
        <div className={styles.group}>
          <div>
            <Button
              size="small"
              appearance="subtle"
              aria-expanded={showIgnored}
              onClick={() => setShowIgnored((s) => !s)}
            >
              {showIgnored ? t.hideIgnored : t.showIgnored(ignores.length)}
            </Button>
          </div>
          {showIgnored && (
            <section aria-label={t.ignoredTitle}>
              <ul className={styles.list}>
                {ignores.map((id) => {
                  const f = ignoredSeen.get(id) ?? allFindings.find((x) => findingId(x) === id);
                  const described = describeIgnoredId(id, t);
                  const text = f ? f.message : described.text;
                  return (
                    <li
                      key={id}
                      className={mergeClasses(styles.item, styles.ignored)}
                      data-ignored="true"
                      data-rule={f ? f.rule : described.rule}
                      data-severity={f?.severity}
                    >
                      <span className={styles.message}>{text}</span>
                      <div className={styles.actions}>
                        <Button
                          size="small"
                          onClick={() => void restore(id)}
                          disabledFocusable={disabled}
                          aria-label={t.restoreLabel(text)}
                        >
                          {t.restore}
                        </Button>
                      </div>
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
        </div>
      )}
    </div>
  );
}

function Summary(props: {
  t: Strings;
  year: number | null;
  version: FormatVersion | null;
  findings: readonly Finding[];
}): JSX.Element {
  const { t, findings } = props;
  const styles = useStyles();
  const total = countBy(findings);
  return (
    <section className={styles.summary} aria-labelledby="gouji-summary" data-state="summary">
      <h2 id="gouji-summary" className={styles.h2}>
        {t.summary}
      </h2>
      <div data-testid="year-version">{t.yearVersion(props.year, props.version)}</div>
      <div className={styles.meta}>{t.counts(total.errors, total.warnings)}</div>
      <ul className={styles.sectionList}>
        {SECTION_KEYS.map((key) => {
          const c = countBy(findings.filter((f) => f.section === key));
          return (
            <li key={key} className={styles.sectionRow} data-section={key}>
              <span>{t.sectionHeading(key)}</span>
              <CountBadges t={t} errors={c.errors} warnings={c.warnings} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function CountBadges(props: { t: Strings; errors: number; warnings: number }): JSX.Element {
  const { t, errors, warnings } = props;
  const styles = useStyles();
  return (
    <span className={styles.badges}>
      {errors > 0 && (
        <Badge appearance="tint" color="danger" size="small">
          {t.errorsBadge(errors)}
        </Badge>
      )}
      {warnings > 0 && (
        <Badge appearance="tint" color="warning" size="small">
          {t.warningsBadge(warnings)}
        </Badge>
      )}
      {errors === 0 && warnings === 0 && (
        <Badge appearance="ghost" color="success" size="small">
          {t.noIssues}
        </Badge>
      )}
    </span>
  );
}

function SectionGroup(props: {
  sectionKey: SectionKey | null;
  findings: Finding[];
  t: Strings;
  disabled: boolean;
  onFixGroup: (findings: Finding[]) => void;
  children: (f: Finding, hidden: boolean) => JSX.Element;
}): JSX.Element {
  const { sectionKey, findings, t } = props;
  const styles = useStyles();
  const c = countBy(findings);
  const headingId = `gouji-section-${sectionKey ?? 'other'}`;
  return (
    <section className={styles.group} aria-labelledby={headingId} data-section={sectionKey ?? ''}>
      <h3 id={headingId} className={styles.h3}>
        <span>{sectionKey ? t.sectionHeading(sectionKey) : t.otherSection}</span>
        <CountBadges t={t} errors={c.errors} warnings={c.warnings} />
      </h3>
      <ul className={styles.list}>
        {groupByRule(findings).map((entry) =>
          entry.kind === 'one' ? (
            props.children(entry.finding, false)
          ) : (
            <RuleGroup
              key={`${entry.rule}|${entry.severity}`}
              rule={entry.rule}
              severity={entry.severity}
              findings={entry.findings}
              t={t}
              disabled={props.disabled}
              onFix={() => props.onFixGroup(entry.findings)}
            >
              {props.children}
            </RuleGroup>
          ),
        )}
      </ul>
    </section>
  );
}

/**
 * One rule's findings in a section: a header with the rule, its count, 修复此类 and a toggle;
 * collapsed (the default) it shows the first GROUP_PREVIEW cards, the rest hidden but in the DOM.
 */
function RuleGroup(props: {
  rule: RuleId;
  severity: Severity;
  findings: Finding[];
  t: Strings;
  disabled: boolean;
  onFix: () => void;
  children: (f: Finding, hidden: boolean) => JSX.Element;
}): JSX.Element {
  const { rule, severity, findings, t } = props;
  const styles = useStyles();
  const [expanded, setExpanded] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const titleId = `${id}-title`;
  const listId = `${id}-list`;
  const ruleName = t.rule[rule];
  const fixable = findings.filter(isSafe).length;
  const rest = findings.length - GROUP_PREVIEW;
  return (
    <li
      className={mergeClasses(styles.ruleGroup, severity === 'warning' && styles.ruleGroupWarning)}
      aria-labelledby={titleId}
      data-group-rule={rule}
      data-group-severity={severity}
      data-group-count={findings.length}
      data-expanded={expanded}
    >
      <div className={styles.ruleGroupHeader}>
        <span id={titleId} className={styles.ruleGroupTitle}>
          <Badge
            appearance="filled"
            color={severity === 'error' ? 'danger' : 'warning'}
            size="small"
          >
            {t.severity[severity]}
          </Badge>
          <span>{ruleName}</span>
          <span className={styles.meta}>{t.groupCount(findings.length)}</span>
        </span>
        <div className={styles.actions}>
          {fixable > 0 && (
            <Button
              size="small"
              appearance="primary"
              onClick={props.onFix}
              disabledFocusable={props.disabled}
              aria-label={t.groupActionLabel(t.fixGroup(fixable), ruleName)}
            >
              {t.fixGroup(fixable)}
            </Button>
          )}
          <Button
            ref={toggleRef}
            size="small"
            appearance="subtle"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-label={t.groupActionLabel(expanded ? t.collapseGroup : t.expandGroup, ruleName)}
            onClick={() => setExpanded((e) => !e)}
          >
            {expanded ? t.collapseGroup : t.expandGroup}
          </Button>
        </div>
      </div>
      <ul id={listId} className={styles.list}>
        {findings.map((f, i) => props.children(f, !expanded && i >= GROUP_PREVIEW))}
      </ul>
      {!expanded && rest > 0 && (
        <Button
          className={styles.more}
          size="small"
          appearance="transparent"
          aria-controls={listId}
          onClick={() => {
            setExpanded(true);
            // This button goes away: keep keyboard focus on the group's toggle.
            toggleRef.current?.focus();
          }}
        >
          {t.moreInGroup(rest)}
        </Button>
      )}
    </li>
  );
}

function FindingItem(props: {
  finding: Finding;
  t: Strings;
  /** A card of a collapsed group: in the DOM, not shown. */
  hidden?: boolean;
  disabled: boolean;
  onSelect: () => void;
  onFix?: () => void;
  onIgnore: () => void;
}): JSX.Element {
  const { finding: f, t, disabled } = props;
  const styles = useStyles();
  const values =
    f.expected !== undefined || f.actual !== undefined
      ? t.expectedActual(f.expected, f.actual, f.table !== undefined && f.paragraph === undefined)
      : null;
  const rule: RuleId = f.rule;
  return (
    <li
      className={mergeClasses(
        styles.item,
        f.severity === 'warning' && styles.warning,
        props.hidden && styles.hidden,
      )}
      hidden={props.hidden}
      data-rule={rule}
      data-severity={f.severity}
      data-cell={cellAttr(f)}
      data-id={findingId(f)}
    >
      <span className={styles.badges}>
        <Badge
          appearance="filled"
          color={f.severity === 'error' ? 'danger' : 'warning'}
          size="small"
        >
          {t.severity[f.severity]}
        </Badge>
        <Badge appearance="outline" color="informative" size="small">
          {t.rule[rule]}
        </Badge>
      </span>
      <span className={styles.message}>{f.message}</span>
      {values && <span className={styles.values}>{values}</span>}
      {f.quote && <span className={styles.meta}>{t.quote(f.quote)}</span>}
      <div className={styles.actions}>
        <Button
          size="small"
          onClick={props.onSelect}
          disabledFocusable={disabled}
          aria-label={t.locateLabel(f.message)}
        >
          {t.locate}
        </Button>
        {props.onFix && (
          <Button
            size="small"
            appearance={isSafe(f) ? 'primary' : 'secondary'}
            onClick={props.onFix}
            disabledFocusable={disabled}
            data-safe={isSafe(f)}
            aria-label={isSafe(f) ? t.fixLabel(f.message) : t.suggestLabel(f.message)}
          >
            {isSafe(f) ? t.fix : t.suggest}
          </Button>
        )}
        <Button
          size="small"
          appearance="subtle"
          onClick={props.onIgnore}
          disabledFocusable={disabled}
          aria-label={t.ignoreLabel(f.message)}
        >
          {t.ignore}
        </Button>
      </div>
    </li>
  );
}
