// The findings the user ignored (remembered in the document), behind a toggle, each with 恢复.

import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';

import { findingId } from '../core/check';
import { useCardStyles } from './cardStyles';
import { useDisabled, usePane, usePaneContext } from './context';
import { describeIgnoredId, findingsOf } from './findings';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
});

export function IgnoredList(): JSX.Element | null {
  const { t, controller } = usePaneContext();
  const styles = useStyles();
  const cards = useCardStyles();
  const disabled = useDisabled();
  const ignores = usePane((s) => s.ignores);
  const ignoredSeen = usePane((s) => s.ignoredSeen);
  const showIgnored = usePane((s) => s.showIgnored);
  const outcome = usePane((s) => s.outcome);
  const all = useMemo(() => findingsOf(outcome), [outcome]);
  if (ignores.length === 0) return null;
  return (
    <div className={styles.group}>
      <div>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={showIgnored}
          onClick={controller.toggleIgnored}
        >
          {showIgnored ? t.hideIgnored : t.showIgnored(ignores.length)}
        </Button>
      </div>
      {showIgnored && (
        <section aria-label={t.ignoredTitle}>
          <ul className={cards.list}>
            {ignores.map((id) => {
              const f = ignoredSeen.get(id) ?? all.find((x) => findingId(x) === id);
              const described = describeIgnoredId(id, t);
              const text = f ? f.message : described.text;
              return (
                <li
                  key={id}
                  className={mergeClasses(cards.item, cards.ignored)}
                  data-ignored="true"
                  data-rule={f ? f.rule : described.rule}
                  data-severity={f?.severity}
                >
                  <span className={cards.message}>{text}</span>
                  <div className={cards.actions}>
                    <Button
                      size="small"
                      onClick={() => void controller.restore(id)}
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
  );
}
