// The self-test (自检) report: capability → 通过 / 失败 / 跳过 with what was seen, the build, the
// platform and the supported sets, and 复制 for the plain-text form the user sends us.

import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';

import { selfTestText, type SelfTestReport } from '../hosts/selftest';
import { usePane, usePaneContext } from './context';
import type { Strings } from './i18n';

const useStyles = makeStyles({
  facts: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    overflowWrap: 'anywhere',
  },
  dt: { fontWeight: tokens.fontWeightSemibold },
  dd: { margin: 0 },
  table: {
    width: '100%',
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': {
      textAlign: 'left',
      verticalAlign: 'top',
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    },
  },
  passed: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  skipped: { color: tokens.colorNeutralForeground2 },
  copied: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export function SelfTestDialog(): JSX.Element {
  const { t, controller } = usePaneContext();
  const selfTest = usePane((s) => s.selfTest);
  return (
    <Dialog
      open={selfTest !== null}
      onOpenChange={(_, data) => {
        if (!data.open) controller.closeSelfTest();
      }}
    >
      <DialogSurface data-self-test={selfTest?.state}>
        <DialogBody>
          <DialogTitle>{t.selfTestTitle}</DialogTitle>
          <DialogContent>
            {selfTest?.state === 'running' && (
              <Spinner size="small" labelPosition="after" label={t.selfTestRunning} />
            )}
            {selfTest?.state === 'failed' && (
              <MessageBar intent="error">
                <MessageBarBody>{t.selfTestFailed(selfTest.message)}</MessageBarBody>
              </MessageBar>
            )}
            {selfTest?.state === 'done' && <SelfTestReportView t={t} report={selfTest.report} />}
          </DialogContent>
          <DialogActions>
            {selfTest?.state === 'done' && <CopyButton t={t} report={selfTest.report} />}
            <Button data-action="close" onClick={controller.closeSelfTest}>
              {t.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

function SelfTestReportView({ t, report }: { t: Strings; report: SelfTestReport }): JSX.Element {
  const styles = useStyles();
  return (
    <>
      <dl className={styles.facts}>
        <dt className={styles.dt}>{t.selfTestBuild}</dt>
        <dd className={styles.dd}>{report.build}</dd>
        <dt className={styles.dt}>{t.selfTestPlatform}</dt>
        <dd className={styles.dd}>{report.platform}</dd>
        <dt className={styles.dt}>{t.selfTestSupported}</dt>
        <dd className={styles.dd}>{report.supported.join('、') || t.selfTestNone}</dd>
      </dl>
      {report.refused ? (
        <MessageBar intent="warning" data-refused="">
          <MessageBarBody>{report.refused}</MessageBarBody>
        </MessageBar>
      ) : (
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t.selfTestCapability}</th>
              <th scope="col">{t.selfTestResult}</th>
              <th scope="col">{t.selfTestSeen}</th>
            </tr>
          </thead>
          <tbody>
            {report.results.map((r) => (
              <tr key={r.id} data-capability={r.id} data-status={r.status}>
                <th scope="row">{r.label}</th>
                <td className={styles[r.status]}>{t.selfTestStatus[r.status]}</td>
                <td>{r.seen}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function CopyButton({ t, report }: { t: Strings; report: SelfTestReport }): JSX.Element {
  const styles = useStyles();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(selfTestText(report));
      setState('copied');
    } catch {
      // Some task pane hosts deny the clipboard API: the table stays there to select by hand.
      setState('failed');
    }
  };
  return (
    <>
      <span role="status" className={styles.copied}>
        {state === 'copied' ? t.copied : state === 'failed' ? t.copyFailed : ''}
      </span>
      <Button appearance="primary" data-action="copy" onClick={() => void copy()}>
        {t.copy}
      </Button>
    </>
  );
}
