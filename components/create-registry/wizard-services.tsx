'use client';
// The server actions the wizard calls, handed in by the route (app → components, never the other way), so
// these components stay free of route code and can be driven by any implementation of the same contract.
import { createContext, useContext, type ReactNode } from 'react';
import type { NameAvailability } from '@/lib/registries/name-availability';
import type { PreflightResult } from '@/lib/registries/preflight';
import type {
  ResourceGroupOption,
  SubscriptionOption,
  SubscriptionRegions,
  ValidationPassed,
  WizardActionResult,
} from '@/lib/registries/wizard-options';

/** The wizard's calls to the server, each returning a WizardActionResult. */
export interface WizardServices {
  listSubscriptions(): Promise<WizardActionResult<SubscriptionOption[]>>;
  listResourceGroups(subscriptionId: string): Promise<WizardActionResult<ResourceGroupOption[]>>;
  listRegions(subscriptionId: string): Promise<WizardActionResult<SubscriptionRegions>>;
  checkRegistryName(name: string): Promise<WizardActionResult<NameAvailability>>;
  preflight(input: { subscriptionId: string; resourceGroup: { mode: 'existing' | 'new'; name: string } }): Promise<WizardActionResult<PreflightResult>>;
  registerProvider(subscriptionId: string): Promise<WizardActionResult<{ registrationState: string }>>;
  validate(values: unknown, idempotencyKey: string): Promise<WizardActionResult<ValidationPassed>>;
  /** Redirects to the progress page on success, so only a failure ever comes back. */
  create(values: unknown, idempotencyKey: string): Promise<WizardActionResult<never>>;
}

const ServicesContext = createContext<WizardServices | null>(null);

/** Provides the wizard's server calls to the steps below. */
export function WizardServicesProvider({ services, children }: { services: WizardServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

/** The wizard's server calls; throws outside a WizardServicesProvider (a wiring bug). */
export function useWizardServices(): WizardServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useWizardServices must be used inside WizardServicesProvider');
  return services;
}
