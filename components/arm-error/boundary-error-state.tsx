'use client';
// ArmErrorState for the routes' error boundaries (error.tsx), downloaded only when one shows. Every page
// loads its error boundaries' code up front, and each boundary is its own chunk group: a direct import would
// put a copy of Fluent's MessageBar in every page's first download for a fallback most visits never see.
// The registries list's error branches use it for the same reason.
import dynamic from 'next/dynamic';

/** ArmErrorState, loaded when rendered. */
// `loading` gives each its own Suspense boundary: without it, a first render whose code is still downloading
// suspends the route's loading.tsx (or the wizard's loader) and the whole page flashes, taking focus with it.
export const BoundaryErrorState = dynamic(() => import('./arm-error-state').then((m) => m.ArmErrorState), { loading: () => null });
