// What the pane says about the document as a whole: not a report, no tables, cannot check, all good.

import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

import { usePane, usePaneContext, useVisible } from './context';

export function OutcomeNotices(): JSX.Element {
  const { t } = usePaneContext();
  const outcome = usePane((s) => s.outcome);
  const checking = usePane((s) => s.checking);
  const visible = useVisible();
  const hasReport = outcome?.kind === 'report' || outcome?.kind === 'no-tables';
  return (
    <>
      {outcome?.kind === 'error' && (
        <MessageBar intent="error" data-state="error">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {outcome.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'not-report' && (
        <MessageBar intent="warning" data-state="not-report">
          <MessageBarBody>
            <MessageBarTitle>{t.notReportTitle}</MessageBarTitle>
            {t.notReportBody}
          </MessageBarBody>
        </MessageBar>
      )}
      {outcome?.kind === 'no-tables' && (
        <MessageBar intent="warning" data-state="no-tables">
          <MessageBarBody>
            <MessageBarTitle>{t.noTablesTitle}</MessageBarTitle>
            {t.noTablesBody}
          </MessageBarBody>
        </MessageBar>
      )}
      {hasReport && visible.length === 0 && !checking && (
        <MessageBar intent="success" data-state="all-good">
          <MessageBarBody>
            <MessageBarTitle>{t.allGoodTitle}</MessageBarTitle>
            {t.allGoodBody}
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
