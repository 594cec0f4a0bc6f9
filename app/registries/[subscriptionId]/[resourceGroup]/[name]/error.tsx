'use client';
// Last-resort error boundary of the registry page: ARM failures are rendered by the page itself, so this
// only catches the unexpected, with Retry and Next's digest for the server logs.
import { BoundaryErrorState } from '@/components/arm-error/boundary-error-state';
import { PageHeader } from '@/components/shell/page-header';

/** The registry page's error fallback. */
export default function RegistryError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <>
      <PageHeader title="This registry could not be shown" />
      <BoundaryErrorState
        heading="Something went wrong while showing this registry"
        error={{ status: 0, code: 'UnexpectedError', message: error.message || 'Unexpected error.', requestId: error.digest ? `digest ${error.digest}` : null, correlationId: null }}
        onRetry={retry}
      />
    </>
  );
}
