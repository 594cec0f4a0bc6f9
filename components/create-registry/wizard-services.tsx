'use client';
// The server actions the wizard calls, handed in by the route (app → components, never the other way), so
// these components stay free of route code and can be driven by any implementation of the same contract.
import type { ReactNode } from 'react';
import { createActionsContext } from '@/components/action-kit/actions-context';
import type { NameAvailability } from '@/lib/registries/name-availability';
import type { PreflightResult } from '@/lib/registries/preflight';
import type {
  ResourceGroupOption,
  SubscriptionOption,
  SubscriptionRegions,
  ValidationPassed,
} from '@/lib/registries/wizard-options';
import type { ActionResult } from '@/lib/action-kit/action-result';

/** The wizard's calls to the server, each returning an ActionResult. */
export interface WizardServices {
  /** First reads run within the page's ARM budget; `patient` reads again without one (after it ran out). */
  listSubscriptions(options?: { patient?: boolean }): Promise<ActionResult<SubscriptionOption[]>>;
  listResourceGroups(subscriptionId: string, options?: { patient?: boolean }): Promise<ActionResult<ResourceGroupOption[]>>;
  listRegions(subscriptionId: string, options?: { patient?: boolean }): Promise<ActionResult<SubscriptionRegions>>;
  checkRegistryName(name: string): Promise<ActionResult<NameAvailability>>;
  preflight(input: { subscriptionId: string; resourceGroup: { mode: 'existing' | 'new'; name: string } }): Promise<ActionResult<PreflightResult>>;
  registerProvider(subscriptionId: string): Promise<ActionResult<{ registrationState: string }>>;
  validate(values: unknown, idempotencyKey: string): Promise<ActionResult<ValidationPassed>>;
  /** Redirects to the progress page on success, so only a failure ever comes back. */
  create(values: unknown, idempotencyKey: string): Promise<ActionResult<never>>;
}

const { ActionsProvider, useActions } = createActionsContext<WizardServices>('The create wizard');

/** Provides the wizard's server calls to the steps below. */
export function WizardServicesProvider({ services, children }: { services: WizardServices; children: ReactNode }) {
  return <ActionsProvider actions={services}>{children}</ActionsProvider>;
}

/** The wizard's server calls; throws outside a WizardServicesProvider (a wiring bug). */
export const useWizardServices = useActions;
