// Shown while the registry page reads ARM.
import { RegistryPageSkeleton } from '@/components/registry-page/registry-page-skeleton';

/** Loading state of the registry page. */
export default function RegistryLoading() {
  return <RegistryPageSkeleton />;
}
