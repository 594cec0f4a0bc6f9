// Shown while the publish page reads the registry and the principal's permissions (at most the page's ARM
// budget): the shell is on screen at once, whatever ARM does.
import { Skeleton, SkeletonItem } from '@fluentui/react-components';

/** Loading state of the publish page. */
export default function PublishLoading() {
  return (
    <Skeleton aria-label="Loading the publish form">
      <SkeletonItem size={32} />
      <SkeletonItem size={24} />
      <SkeletonItem size={24} />
    </Skeleton>
  );
}
