// The report's year and format, its totals, and one line of section chips (counts per section)
// that filter the list.

import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

import type { Finding } from '../core/finding';
import { SECTION_KEYS, type FormatVersion } from '../core/format';
import { usePane, usePaneContext } from './context';
import { countBy } from './findings';

const useStyles = makeStyles({
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
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXXS },
  chip: {
    minWidth: 'auto',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusCircular,
    fontWeight: tokens.fontWeightRegular,
  },
  count: { fontWeight: tokens.fontWeightSemibold },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground2 },
  none: { color: tokens.colorPaletteGreenForeground1 },
});

export function Summary(props: {
  year: number | null;
  version: FormatVersion | null;
  findings: readonly Finding[];
}): JSX.Element {
  const { findings } = props;
  const { t, controller } = usePaneContext();
  const filter = usePane((s) => s.filter);
  const styles = useStyles();
  const total = countBy(findings);
  return (
    <section className={styles.summary} aria-labelledby="gouji-summary" data-state="summary">
      <h2 id="gouji-summary" className={styles.h2}>
        {t.summary}
      </h2>
      <div data-testid="year-version">{t.yearVersion(props.year, props.version)}</div>
      <div className={styles.meta}>
        {t.counts(total.errors, total.warnings)}
        {findings.length > 0 && ` · ${t.keysHint}`}
      </div>
      <div className={styles.chips} role="group" aria-label={t.chipsLabel}>
        <Button
          size="small"
          className={styles.chip}
          appearance={filter === null ? 'primary' : 'secondary'}
          aria-pressed={filter === null}
          onClick={() => controller.setFilter(null)}
        >
          {t.allSections}
        </Button>
        {SECTION_KEYS.map((key) => {
          const c = countBy(findings.filter((f) => f.section === key));
          const n = c.errors + c.warnings;
          const pressed = filter === key;
          const shown = n === 0 ? '✓' : String(n);
          const tone = c.errors > 0 ? styles.error : n > 0 ? styles.warning : styles.none;
          return (
            <Button
              key={key}
              size="small"
              className={styles.chip}
              appearance={pressed ? 'primary' : 'secondary'}
              aria-pressed={pressed}
              // The name starts with what the chip shows, then says it in full.
              aria-label={`${t.sectionShort(key)} ${shown}：${t.chipLabel(t.sectionHeading(key), c.errors, c.warnings)}`}
              data-section={key}
              data-errors={c.errors}
              data-warnings={c.warnings}
              onClick={() => controller.setFilter(pressed ? null : key)}
            >
              {t.sectionShort(key)}{' '}
              <span className={mergeClasses(styles.count, !pressed && tone)}>{shown}</span>
            </Button>
          );
        })}
      </div>
    </section>
  );
}
