'use client';
// The registry page's shape while ARM is read: title, tabs and a block of properties.
import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  title: { width: '320px' },
});

/** Placeholder for the registry page. */
export function RegistryPageSkeleton() {
  const styles = useStyles();
  return (
    <Skeleton aria-label="Loading the registry" className={styles.root}>
      <SkeletonItem size={32} className={styles.title} />
      <SkeletonItem size={24} />
      {Array.from({ length: 8 }, (_, i) => (
        <SkeletonItem key={i} size={16} />
      ))}
    </Skeleton>
  );
}
