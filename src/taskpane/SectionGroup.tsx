// One section's findings under its official heading: cards, and rule groups where one rule has many.

import { makeStyles, tokens } from '@fluentui/react-components';

import { findingId } from '../core/check';
import type { Finding } from '../core/finding';
import type { SectionKey } from '../core/format';
import { useCardStyles } from './cardStyles';
import { CountBadges } from './CountBadges';
import { usePaneContext } from './context';
import { FindingCard } from './FindingCard';
import { countBy, groupByRule } from './findings';
import { RuleGroup } from './RuleGroup';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  h3: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
});

export function SectionGroup(props: {
  sectionKey: SectionKey | null;
  findings: Finding[];
}): JSX.Element {
  const { sectionKey, findings } = props;
  const { t } = usePaneContext();
  const styles = useStyles();
  const cards = useCardStyles();
  const c = countBy(findings);
  const headingId = `gouji-section-${sectionKey ?? 'other'}`;
  return (
    <section className={styles.group} aria-labelledby={headingId} data-section={sectionKey ?? ''}>
      <h3 id={headingId} className={styles.h3}>
        <span>{sectionKey ? t.sectionHeading(sectionKey) : t.otherSection}</span>
        <CountBadges t={t} errors={c.errors} warnings={c.warnings} />
      </h3>
      <ul className={cards.list}>
        {groupByRule(findings).map((entry) =>
          entry.kind === 'one' ? (
            <FindingCard key={findingId(entry.finding)} finding={entry.finding} />
          ) : (
            <RuleGroup
              key={`${entry.rule}|${entry.severity}`}
              rule={entry.rule}
              severity={entry.severity}
              findings={entry.findings}
            />
          ),
        )}
      </ul>
    </section>
  );
}
