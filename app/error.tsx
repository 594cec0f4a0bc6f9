'use client';
// Last-resort error page for a route. ARM failures are normally rendered by the page itself (server errors
// reach this boundary redacted in production); the fallback says so in plain words, with Retry.
import { RouteErrorFallback } from '@/components/arm-error/route-error-fallback';

/** The route error boundary's fallback, with Retry. */
export default function RouteError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteErrorFallback
      error={error}
      retry={retry}
      title="Something went wrong"
      heading="This page could not be shown"
      fallbackMessage="Something went wrong while showing this page."
    />
  );
}
