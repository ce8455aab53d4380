// One rule's findings in a section, when there are too many to list one by one: a header with the
// rule, its count, 修复此类 and a toggle; collapsed (the default) it shows the first GROUP_PREVIEW
// cards, the rest hidden but in the DOM.

import { Badge, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';

import { findingId } from '../core/check';
import { isSafe } from '../core/fix';
import type { Finding, RuleId, Severity } from '../core/finding';
import { useCardStyles } from './cardStyles';
import { useDisabled, usePaneContext } from './context';
import { FindingCard } from './FindingCard';
import { GROUP_PREVIEW } from './findings';

const useStyles = makeStyles({
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
});

export function RuleGroup(props: {
  rule: RuleId;
  severity: Severity;
  findings: Finding[];
}): JSX.Element {
  const { rule, severity, findings } = props;
  const { t, controller } = usePaneContext();
  const disabled = useDisabled();
  const styles = useStyles();
  const cards = useCardStyles();
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
          <span className={cards.meta}>{t.groupCount(findings.length)}</span>
        </span>
        <div className={cards.actions}>
          {fixable > 0 && (
            <Button
              size="small"
              appearance="secondary"
              aria-haspopup="dialog"
              onClick={() => controller.previewGroup(findings)}
              disabledFocusable={disabled}
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
      <ul id={listId} className={cards.list}>
        {findings.map((f, i) => (
          <FindingCard key={findingId(f)} finding={f} hidden={!expanded && i >= GROUP_PREVIEW} />
        ))}
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
