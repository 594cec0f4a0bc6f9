'use client';
// Error boundary of /registries: an unexpected failure while reading the list (ARM failures are shown by the
// page itself, with code and request id). Keeps the page title so the user knows where they are.
import { useEffect } from 'react';
import { BoundaryErrorState } from '@/components/arm-error/boundary-error-state';
import { armErrorViewOf } from '@/lib/registries/arm-error-view';
import { PageHeader } from '@/components/shell/page-header';

// Next's digest identifies the server log line of a redacted error.
function digestOf(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' ? `digest ${digest}` : null;
}

/** The list route's error fallback, with Retry. */
export default function RegistriesError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const view = armErrorViewOf(error) ?? {
    status: 0,
    code: 'UnexpectedError',
    message: 'The registries list could not be shown.',
    requestId: digestOf(error),
    correlationId: null,
  };
  return (
    <>
      <PageHeader title="Registries" />
      <BoundaryErrorState error={view} heading="Couldn't load registries" onRetry={retry} />
    </>
  );
}
