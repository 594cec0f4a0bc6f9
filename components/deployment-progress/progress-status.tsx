'use client';
// A row's or deployment's status as an icon plus words (never colour alone).
import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import {
  CheckmarkCircle16Filled,
  Clock16Regular,
  DismissCircle16Filled,
  SubtractCircle16Regular,
} from '@fluentui/react-icons';
import type { ProgressStatus } from '@/lib/registries/deployment-progress';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, whiteSpace: 'nowrap' },
  succeeded: { color: tokens.colorPaletteGreenForeground1 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  neutral: { color: tokens.colorNeutralForeground3 },
});

/** Icon and words for a status. */
export function ProgressStatusLabel({ status, text }: { status: ProgressStatus; text: string }) {
  const styles = useStyles();
  const icon = {
    succeeded: <CheckmarkCircle16Filled className={styles.succeeded} aria-hidden />,
    failed: <DismissCircle16Filled className={styles.failed} aria-hidden />,
    running: <Spinner size="extra-tiny" aria-hidden />,
    waiting: <Clock16Regular className={styles.neutral} aria-hidden />,
    canceled: <SubtractCircle16Regular className={styles.neutral} aria-hidden />,
    notCreated: <SubtractCircle16Regular className={styles.neutral} aria-hidden />,
    unfinished: <Clock16Regular className={styles.neutral} aria-hidden />,
  }[status];
  return (
    <span className={styles.root} data-status={status}>
      {icon}
      <span>{text}</span>
    </span>
  );
}
