'use client';
// Unexpected failures on a deployment's page (ARM errors are shown by the page itself, with Retry).
import RouteError from '@/app/error';

/** The deployment page's error boundary. */
export default RouteError;
