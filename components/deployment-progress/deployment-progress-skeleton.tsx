'use client';
// Placeholder of the progress page while its first read from ARM is in flight.
import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({ root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM } });

/** Headline, bar, summary and table placeholders. */
export function DeploymentProgressSkeleton() {
  const styles = useStyles();
  return (
    <Skeleton className={styles.root} aria-label="Loading the deployment">
      <SkeletonItem size={32} style={{ width: '40%' }} />
      <SkeletonItem size={24} style={{ width: '30%' }} />
      <SkeletonItem size={8} />
      {Array.from({ length: 6 }, (_, i) => (
        <SkeletonItem key={i} size={16} style={{ width: '60%' }} />
      ))}
      {Array.from({ length: 5 }, (_, i) => (
        <SkeletonItem key={`row-${i}`} size={24} />
      ))}
    </Skeleton>
  );
}
