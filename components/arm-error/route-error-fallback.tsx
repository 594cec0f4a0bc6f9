'use client';
// What every route's error boundary shows: the page's title, a calm sentence and Retry. An ArmError-like
// value is shown with its code and ids; anything else is said in plain words, never with React's or Next's
// own text (a production render error arrives redacted: "An error occurred in the Server Components
// render…", "Minified React error #…"), with Next's digest as a reference for the server log.
import { useEffect } from 'react';
import { PageHeader } from '@/components/shell/page-header';
// Loaded when shown (boundary-error-state.tsx): no page's first download carries its fallback's MessageBar.
import { BoundaryErrorState } from './boundary-error-state';
import { routeErrorView } from './route-error-view';

/** A route's error fallback: `title` keeps the person oriented, `heading` says what could not be shown. */
export function RouteErrorFallback({ error, retry, title, heading, fallbackMessage }: {
  error: unknown;
  retry: () => void;
  title: string;
  heading: string;
  fallbackMessage: string;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <>
      <PageHeader title={title} />
      <BoundaryErrorState error={routeErrorView(error, fallbackMessage)} heading={heading} onRetry={retry} />
    </>
  );
}
