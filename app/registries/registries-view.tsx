'use client';
// The client side of /registries: reads the hydrated list and renders the table, the empty state or the error.
import { Caption1 } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { ArmErrorState } from '@/components/arm-error/arm-error-state';
import { RegistriesEmptyState } from '@/components/registries/registries-empty-state';
import { RegistriesTable } from '@/components/registries/registries-table';
import { RegistriesTableSkeleton } from '@/components/registries/registries-table-skeleton';
import { registriesQuery } from './registries-query';

const HEADING = "Couldn't load registries";

/** Registries table, empty state or ARM error state, from the prefetched query. */
export function RegistriesView() {
  const { data, error, refetch, isFetching } = useQuery(registriesQuery());
  const retry = () => void refetch();
  if (error) {
    return (
      <ArmErrorState
        heading={HEADING}
        error={{ status: 0, code: 'RequestFailed', message: error.message, requestId: null, correlationId: null }}
        onRetry={retry}
        retrying={isFetching}
      />
    );
  }
  if (!data) return <RegistriesTableSkeleton />;
  if (!data.ok) return <ArmErrorState heading={HEADING} error={data} onRetry={retry} retrying={isFetching} />;
  if (data.data.length === 0) return <RegistriesEmptyState />;
  return (
    <>
      <Caption1 role="status">
        {data.data.length === 1 ? '1 registry' : `${data.data.length} registries`}
      </Caption1>
      <RegistriesTable rows={data.data} />
    </>
  );
}
