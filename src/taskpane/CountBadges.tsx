// Errors and warnings as two small badges (or 无问题).

import { Badge, makeStyles, tokens } from '@fluentui/react-components';

import type { Strings } from './i18n';

const useStyles = makeStyles({
  badges: { display: 'flex', gap: tokens.spacingHorizontalXXS, flexWrap: 'wrap' },
});

export function CountBadges(props: { t: Strings; errors: number; warnings: number }): JSX.Element {
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
