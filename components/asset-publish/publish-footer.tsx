'use client';
// The end of a publish form: why publishing is not allowed (when it isn't), the upload's progress, the
// failure in plain words, and the one submit button ("Publish", or "Resume upload" after an interruption).
import { Caption1, Field, makeStyles, ProgressBar, tokens } from '@fluentui/react-components';
import { FailureBar } from '@/components/action-kit/failure-bar';
import { HydratedButton } from '@/components/shell/hydrated-button';
import { formatBytes } from '@/lib/registries/assets/file-sizes';
import type { PublishFlow } from './use-publish';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

const PHASE_WORDS = { starting: 'Asking Azure where to upload…', uploading: 'Uploading…', creating: 'Creating the version…', done: 'Published: opening the asset…' } as const;

/** Props: the flow, the refusal (null when allowed) and the noun ("model"). */
export function PublishFooter({ flow, refusal, noun }: { flow: PublishFlow; refusal: string | null; noun: string }) {
  const styles = useStyles();
  const { progress, phase } = flow;
  const percent = progress && progress.total > 0 ? Math.floor((progress.sent / progress.total) * 100) : 0;
  return (
    <div className={styles.root}>
      {progress && (phase === 'uploading' || phase === 'interrupted' || phase === 'creating' || phase === 'done') && (
        <Field label="Upload progress" validationMessage={`${formatBytes(progress.sent)} of ${formatBytes(progress.total)} (${percent}%)`} validationState="none">
          <ProgressBar value={progress.total > 0 ? progress.sent / progress.total : 1} thickness="large" aria-label="Upload progress" aria-valuetext={`${percent}%`} />
        </Field>
      )}
      {flow.failure && <FailureBar failure={flow.failure} title={phase === 'interrupted' ? 'The upload was interrupted' : `Couldn't publish the ${noun}`} />}
      <div className={styles.actions}>
        <HydratedButton type="submit" appearance="primary" disabled={flow.busy || refusal !== null}>
          {phase === 'interrupted' ? 'Resume upload' : `Publish ${noun}`}
        </HydratedButton>
        <span role="status" aria-live="polite">
          {phase in PHASE_WORDS ? <Caption1>{PHASE_WORDS[phase as keyof typeof PHASE_WORDS]}</Caption1> : null}
        </span>
        {refusal && <Caption1>{refusal}</Caption1>}
      </div>
    </div>
  );
}
