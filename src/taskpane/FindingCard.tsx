// One finding: a short title (severity and rule), the problem stated once, where to look, and at
// most one primary action (修复 when the fix is safe).

import { Badge, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

import { findingId } from '../core/check';
import { isSafe } from '../core/fix';
import type { Finding, RuleId } from '../core/finding';
import { cellName } from '../core/rules/names';
import { useCardStyles } from './cardStyles';
import { useDisabled, usePane, usePaneContext } from './context';
import { cellAttr } from './findings';
import type { Strings } from './i18n';
import { atCell, atSentence, cellsToList } from './places';

const useStyles = makeStyles({
  title: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
  },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '1px',
  },
  cells: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    fontSize: tokens.fontSizeBase200,
  },
  cell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

/** 应为 / 表中为, unless the message already says both (most do): the problem is stated once. */
function valuesLine(f: Finding, t: Strings): string | null {
  if (f.expected === undefined && f.actual === undefined) return null;
  const said =
    (f.expected === undefined || f.message.includes(`应为 ${f.expected}`)) &&
    (f.actual === undefined ||
      (f.actual === '' ? f.message.includes('空') : f.message.includes(`为 ${f.actual}`)));
  if (said) return null;
  return t.expectedActual(f.expected, f.actual, f.table !== undefined && f.paragraph === undefined);
}

export function FindingCard(props: {
  finding: Finding;
  /** A card of a collapsed group: in the DOM, not shown. */
  hidden?: boolean;
}): JSX.Element {
  const { finding: f } = props;
  const { t, controller } = usePaneContext();
  const disabled = useDisabled();
  const cards = useCardStyles();
  const styles = useStyles();
  const id = findingId(f);
  const selected = usePane((s) => s.selectedId === id);
  const version = usePane((s) => (s.outcome?.kind === 'report' ? s.outcome.formatVersion : null));
  const values = valuesLine(f, t);
  const rule: RuleId = f.rule;
  const safe = isSafe(f);
  const prose = f.paragraph !== undefined;
  const cells = cellsToList(f);
  return (
    <li
      className={mergeClasses(
        cards.item,
        f.severity === 'warning' && cards.warning,
        selected && styles.selected,
        props.hidden && cards.hidden,
      )}
      hidden={props.hidden}
      tabIndex={-1}
      aria-current={selected ? 'true' : undefined}
      data-rule={rule}
      data-severity={f.severity}
      data-cell={cellAttr(f)}
      data-id={id}
      data-selected={selected || undefined}
    >
      <span className={styles.title}>
        <Badge
          appearance="filled"
          color={f.severity === 'error' ? 'danger' : 'warning'}
          size="small"
        >
          {t.severity[f.severity]}
        </Badge>
        <span>{t.rule[rule]}</span>
      </span>
      <span className={cards.message}>{f.message}</span>
      {values && <span className={cards.values}>{values}</span>}
      {f.quote && <span className={cards.meta}>{t.quote(f.quote)}</span>}
      {cells.length > 0 && (
        <div data-check-cells="">
          <span className={cards.meta}>{t.checkCells}</span>
          <ul className={styles.cells}>
            {cells.map((ref) => {
              const name = cellName(ref.table, ref.row, ref.column, version);
              return (
                <li key={`${ref.table}/${ref.row}/${ref.column}`} className={styles.cell}>
                  <span>{name}</span>
                  <Button
                    size="small"
                    appearance="subtle"
                    onClick={() => void controller.select(f, atCell(f, ref))}
                    disabledFocusable={disabled}
                    aria-label={t.locateCellLabel(name)}
                    data-locate-cell={`${ref.table}/${ref.row}/${ref.column}`}
                  >
                    {t.locate}
                  </Button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <div className={cards.actions}>
        <Button
          size="small"
          onClick={() => void controller.select(f, prose ? atSentence(f) : f)}
          disabledFocusable={disabled}
          aria-label={
            prose && cells.length > 0 ? t.locateSentenceLabel(f.message) : t.locateLabel(f.message)
          }
        >
          {prose && cells.length > 0 ? t.locateSentence : t.locate}
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
