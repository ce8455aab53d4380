// The preview before a bulk change (全部修复, 修复此类, 插入缺失章节): every change listed, nothing
// written until 确认修改 (data-action="confirm").

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';

import { findingId } from '../core/check';
import { describeChange } from './changes';
import { usePane, usePaneContext } from './context';

const useStyles = makeStyles({
  intro: { margin: `0 0 ${tokens.spacingVerticalS}`, color: tokens.colorNeutralForeground2 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    maxHeight: '50vh',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    overflowWrap: 'anywhere',
  },
});

export function PreviewDialog(): JSX.Element {
  const styles = useStyles();
  const { t, controller } = usePaneContext();
  const pending = usePane((s) => s.pending);
  const outcome = usePane((s) => s.outcome);
  const version = outcome?.kind === 'report' ? outcome.formatVersion : null;
  return (
    <Dialog
      open={pending !== null}
      modalType="modal"
      onOpenChange={(_, data) => {
        if (!data.open) controller.cancel();
      }}
    >
      <DialogSurface aria-describedby="gouji-preview-intro" data-preview={pending?.action}>
        {pending && (
          <DialogBody>
            <DialogTitle>{t.previewTitle(pending.action, pending.findings.length)}</DialogTitle>
            <DialogContent>
              <p id="gouji-preview-intro" className={styles.intro}>
                {t.previewIntro}
              </p>
              <ol className={styles.list} aria-label={t.previewListLabel} tabIndex={0}>
                {pending.findings.map((f) => (
                  <li key={findingId(f)} data-change={findingId(f)}>
                    {describeChange(f, t, version)}
                  </li>
                ))}
              </ol>
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                data-action="confirm"
                onClick={() => void controller.confirm()}
              >
                {t.confirm}
              </Button>
              <Button data-action="cancel" onClick={controller.cancel}>
                {t.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        )}
      </DialogSurface>
    </Dialog>
  );
}
