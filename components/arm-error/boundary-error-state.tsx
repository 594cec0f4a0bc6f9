'use client';
// ArmErrorState for the routes' error boundaries (error.tsx), downloaded only when one shows. Every page
// loads its error boundaries' code up front, and each boundary is its own chunk group: a direct import would
// put a copy of Fluent's MessageBar in every page's first download for a fallback most visits never see.
import dynamic from 'next/dynamic';
import { OWN_BOUNDARY } from '@/components/shell/own-boundary';

/** ArmErrorState, loaded when rendered. */
export const BoundaryErrorState = dynamic(() => import('./arm-error-state').then((m) => m.ArmErrorState), OWN_BOUNDARY);
