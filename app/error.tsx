'use client';
// Last-resort error page for a route. ARM failures are normally rendered by the page itself (server errors
// reach this boundary redacted in production); when an ArmError-like value does arrive, show its code,
// message and ids, otherwise a generic message with Next's digest for the server logs.
import { useEffect } from 'react';
import { BoundaryErrorState } from '@/components/arm-error/boundary-error-state';
import { armErrorViewOf } from '@/lib/registries/arm-error-view';
import { PageHeader } from '@/components/shell/page-header';

function digestOf(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === 'string' ? digest : null;
}

/** The route error boundary's fallback, with Retry. */
export default function RouteError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = digestOf(error);
  const view = armErrorViewOf(error) ?? {
    status: 0,
    code: 'UnexpectedError',
    message: 'Something went wrong while showing this page.',
    requestId: digest ? `digest ${digest}` : null,
    correlationId: null,
  };
  return (
    <>
      <PageHeader title="Something went wrong" />
      <BoundaryErrorState error={view} heading="This page could not be shown" onRetry={retry} />
    </>
  );
}
