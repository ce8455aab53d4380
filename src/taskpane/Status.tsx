// The line under the toolbar: the spinner while checking, the last action's notice or failure.

import {
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';

import { usePane, usePaneContext } from './context';

const useStyles = makeStyles({
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function Status(): JSX.Element {
  const styles = useStyles();
  const { t } = usePaneContext();
  const checking = usePane((s) => s.checking);
  const notice = usePane((s) => s.notice);
  return (
    <>
      <div role="status" aria-live="polite">
        {checking && <Spinner size="tiny" labelPosition="after" label={t.checking} />}
        {notice && !notice.error && <span className={styles.meta}>{notice.text}</span>}
      </div>
      {notice?.error && (
        <MessageBar intent="error">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
