'use client';
// React Query options and hooks over the wizard's server calls: one key per question, so the steps, the
// footer and Review asking the same thing share one request. Server actions return ARM failures as data
// ({ ok: false }); React Query sees an error only for an exception (network, bug).
import { queryOptions, useQuery, type QueryFunctionContext } from '@tanstack/react-query';
import { readAgainInterval, readsAgainByItself } from '@/lib/action-kit/reads-again';
import { isProviderTransitioning } from '@/lib/registries/preflight';
import { useWizardServices, type WizardServices } from './wizard-services';

/** Where the registry would go, as the preflight needs it. */
export interface PreflightTarget {
  subscriptionId: string;
  resourceGroup: { mode: 'existing' | 'new'; name: string };
}

/** Tenant-wide availability of a registry name (case-insensitive, so the key is lowercased). */
export function nameAvailabilityQuery(services: WizardServices, name: string) {
  return queryOptions({
    queryKey: ['create-registry', 'name', name.toLowerCase()] as const,
    queryFn: () => services.checkRegistryName(name),
    staleTime: 15_000,
  });
}

/** Permissions and provider registration at the chosen place; polled while the provider registers. */
export function preflightQuery(services: WizardServices, target: PreflightTarget) {
  return queryOptions({
    queryKey: ['create-registry', 'preflight', target.subscriptionId, target.resourceGroup.mode, target.resourceGroup.name.toLowerCase()] as const,
    queryFn: () => services.preflight(target),
    staleTime: 30_000,
    refetchInterval: (query) => {
      const data = query.state.data;
      return data?.ok && isProviderTransitioning(data.data.provider.registrationState) ? 1_000 : false;
    },
  });
}

// A first read runs within the page's ARM budget and says "throttling" or "not answering" within seconds;
// after such an answer the next read is patient (no budget, Retry-After waited out), and comes at once.
function patience({ client, queryKey }: QueryFunctionContext): { patient: boolean } {
  return { patient: readsAgainByItself(client.getQueryData(queryKey)) };
}

/** The subscriptions, from the page's server render (`initialData`) and read again while ARM made it wait. */
export function useSubscriptions(initialData: Awaited<ReturnType<WizardServices['listSubscriptions']>>) {
  const services = useWizardServices();
  return useQuery({
    queryKey: ['create-registry', 'subscriptions'],
    queryFn: (context) => services.listSubscriptions(patience(context)),
    initialData,
    refetchInterval: readAgainInterval,
  });
}

/** Resource groups of the chosen subscription. */
export function useResourceGroups(subscriptionId: string) {
  const services = useWizardServices();
  return useQuery({
    queryKey: ['create-registry', 'resource-groups', subscriptionId],
    queryFn: (context) => services.listResourceGroups(subscriptionId, patience(context)),
    enabled: subscriptionId !== '',
    refetchInterval: readAgainInterval,
  });
}

/** Registry regions and resource-group locations of the chosen subscription. */
export function useSubscriptionRegions(subscriptionId: string) {
  const services = useWizardServices();
  return useQuery({
    queryKey: ['create-registry', 'regions', subscriptionId],
    queryFn: (context) => services.listRegions(subscriptionId, patience(context)),
    enabled: subscriptionId !== '',
    staleTime: 10 * 60_000,
    refetchInterval: readAgainInterval,
  });
}

/** The preflight for a target, once both a subscription and a resource group are chosen. */
export function usePreflight(target: PreflightTarget) {
  const services = useWizardServices();
  return useQuery({ ...preflightQuery(services, target), enabled: target.subscriptionId !== '' && target.resourceGroup.name !== '' });
}
