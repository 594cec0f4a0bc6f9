// Shown while the asset page reads ARM.
import { Skeleton, SkeletonItem } from '@fluentui/react-components';

/** Loading state of the asset page. */
export default function AssetLoading() {
  return (
    <Skeleton aria-label="Loading the asset">
      <SkeletonItem size={32} />
      <SkeletonItem size={24} />
      <SkeletonItem size={24} />
    </Skeleton>
  );
}
