// Shown while the registries list reads ARM. In the (list) route group so it wraps the list alone: a registry
// page's full load must not show the list's skeleton. The header with the search box is the group's layout's,
// so nothing moves (and nothing typed is lost) when the rows arrive.
import { RegistriesTableSkeleton } from '@/components/registries/registries-table-skeleton';

/** Loading state of /registries. */
export default function RegistriesLoading() {
  return <RegistriesTableSkeleton />;
}
