// The pane's toolbar: check again, the bulk actions, clear marks.

import { Button, makeStyles, tokens } from '@fluentui/react-components';

import { isSafe } from '../core/fix';
import { useDisabled, usePaneContext, useVisible } from './context';
import { isInsert } from './findings';

const useStyles = makeStyles({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
});

export function Toolbar(): JSX.Element {
  const styles = useStyles();
  const { t, controller } = usePaneContext();
  const disabled = useDisabled();
  const visible = useVisible();
  const fixable = visible.filter(isSafe).length;
  const insertable = visible.filter(isInsert).length;
  return (
    <div className={styles.toolbar} role="group" aria-label={t.toolbar}>
      <Button
        size="small"
        appearance="primary"
        onClick={() => void controller.recheckNow()}
        disabledFocusable={disabled}
      >
        {t.check}
      </Button>
      <Button
        size="small"
        onClick={() => void controller.fixAll()}
        disabledFocusable={disabled || fixable === 0}
      >
        {t.fixAll}
      </Button>
      <Button
        size="small"
        onClick={() => void controller.clearMarks()}
        disabledFocusable={disabled}
      >
        {t.clearMarks}
      </Button>
      <Button
        size="small"
        onClick={() => void controller.insertMissing()}
        disabledFocusable={disabled || insertable === 0}
      >
        {t.insertMissing}
      </Button>
    </div>
  );
}
