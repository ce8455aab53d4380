// The report's year and format, its totals, and the counts per section.

import { makeStyles, tokens } from '@fluentui/react-components';

import type { Finding } from '../core/finding';
import { SECTION_KEYS, type FormatVersion } from '../core/format';
import { CountBadges } from './CountBadges';
import { usePaneContext } from './context';
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
});

export function Summary(props: {
  year: number | null;
  version: FormatVersion | null;
  findings: readonly Finding[];
}): JSX.Element {
  const { findings } = props;
  const { t } = usePaneContext();
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
