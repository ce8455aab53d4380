// One finding: what is wrong, where, and what the user can do about it.

import { Badge, Button, mergeClasses } from '@fluentui/react-components';

import { findingId } from '../core/check';
import { isSafe } from '../core/fix';
import type { Finding, RuleId } from '../core/finding';
import { useCardStyles } from './cardStyles';
import { useDisabled, usePaneContext } from './context';
import { cellAttr } from './findings';

export function FindingCard(props: {
  finding: Finding;
  /** A card of a collapsed group: in the DOM, not shown. */
  hidden?: boolean;
}): JSX.Element {
  const { finding: f } = props;
  const { t, controller } = usePaneContext();
  const disabled = useDisabled();
  const styles = useCardStyles();
  const values =
    f.expected !== undefined || f.actual !== undefined
      ? t.expectedActual(f.expected, f.actual, f.table !== undefined && f.paragraph === undefined)
      : null;
  const rule: RuleId = f.rule;
  const safe = isSafe(f);
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
          onClick={() => void controller.select(f)}
          disabledFocusable={disabled}
          aria-label={t.locateLabel(f.message)}
        >
          {t.locate}
        </Button>
        {f.fix && (
          <Button
            size="small"
            appearance={safe ? 'primary' : 'secondary'}
            onClick={() => void controller.fixOne(f)}
            disabledFocusable={disabled}
            data-safe={safe}
            aria-label={safe ? t.fixLabel(f.message) : t.suggestLabel(f.message)}
          >
            {safe ? t.fix : t.suggest}
          </Button>
        )}
        <Button
          size="small"
          appearance="subtle"
          onClick={() => void controller.ignore(f)}
          disabledFocusable={disabled}
          aria-label={t.ignoreLabel(f.message)}
        >
          {t.ignore}
        </Button>
      </div>
    </li>
  );
}
