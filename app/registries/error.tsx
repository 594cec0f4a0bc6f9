'use client';
// Error boundary of /registries: an unexpected failure while reading the list (ARM failures are shown by the
// page itself, with code and request id). Keeps the page title so the user knows where they are.
import { RouteErrorFallback } from '@/components/arm-error/route-error-fallback';

/** The list route's error fallback, with Retry. */
export default function RegistriesError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <RouteErrorFallback
      error={error}
      retry={retry}
      title="Registries"
      heading="Couldn't load registries"
      fallbackMessage="The registries list could not be shown."
    />
  );
}
