// The pane's toolbar: check again, the bulk actions, clear marks.

import { Button, makeStyles, tokens } from '@fluentui/react-components';

import { isSafe } from '../core/fix';
import { useDisabled, usePane, usePaneContext, useVisible } from './context';
import { isInsert } from './findings';
import { MoreMenu } from './MoreMenu';

const useStyles = makeStyles({
  // Sticky: the actions stay in view while the list scrolls under them.
  toolbar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    margin: `calc(-1 * ${tokens.spacingHorizontalS}) calc(-1 * ${tokens.spacingHorizontalS}) 0`,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // Fluent's 64 px minimum would wrap five actions in a 320–360 px task pane.
  action: { minWidth: 'auto' },
});

export function Toolbar(): JSX.Element {
  const styles = useStyles();
  const { t, host, controller } = usePaneContext();
  const canUndo = usePane((s) => s.canUndo);
  const disabled = useDisabled();
  const visible = useVisible();
  const fixable = visible.filter(isSafe).length;
  const insertable = visible.filter(isInsert).length;
  return (
    <div className={styles.toolbar} role="group" aria-label={t.toolbar}>
      <Button
        className={styles.action}
        size="small"
        appearance="primary"
        onClick={() => void controller.recheckNow()}
        disabledFocusable={disabled}
      >
        {t.check}
      </Button>
      <Button
        className={styles.action}
        size="small"
        data-action="fix-all"
        aria-haspopup="dialog"
        onClick={controller.previewAll}
        disabledFocusable={disabled || fixable === 0}
      >
        {t.fixAll}
      </Button>
      {host.undo && (
        <Button
          className={styles.action}
          size="small"
          data-action="undo"
          aria-label={t.undoLabel}
          onClick={() => void controller.undo()}
          disabledFocusable={disabled || !canUndo}
        >
          {t.undo}
        </Button>
      )}
      <Button
        className={styles.action}
        size="small"
        data-action="insert"
        aria-haspopup="dialog"
        onClick={controller.previewInsert}
        disabledFocusable={disabled || insertable === 0}
      >
        {t.insertMissing}
      </Button>
      <MoreMenu className={styles.action} />
    </div>
  );
}
