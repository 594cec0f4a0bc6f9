'use client';
// Last-resort error boundary of the registry page: ARM failures are rendered by the page itself, so this
// only catches the unexpected, in plain words with Retry.
import { RouteErrorFallback } from '@/components/arm-error/route-error-fallback';

/** The registry page's error fallback. */
export default function RegistryError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteErrorFallback
      error={error}
      retry={retry}
      title="This registry could not be shown"
      heading="Something went wrong while showing this registry"
      fallbackMessage="The registry page could not be shown."
    />
  );
}
