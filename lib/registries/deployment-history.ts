// The Deployments tab: the template deployments of the registry's resource group, newest first, each
// linking to its progress page. A deployment "is about this registry" when it names the registry among
// its output resources, dependencies or its registryName parameter (the wizard's template, lib/registries/template).
import type { WireDeployment } from '@/lib/arm/wire-types';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { REGISTRY_RESOURCE_TYPE_LOWER } from '@/lib/arm-facts/resource-types';
import { parseIsoDuration } from './deployment-progress';

/** One row of the deployment history. */
export interface DeploymentHistoryRow {
  name: string;
  state: string;
  timestamp: string | null;
  /** How long it ran, from ARM's ISO 8601 duration ("PT1M3.2S"); null when ARM gives none. */
  durationMs: number | null;
  /** True when the deployment created or changed this registry. */
  aboutRegistry: boolean;
  /** `/deployments/{sub}/{rg}/{deploymentName}`: the progress page. */
  href: string;
}

const registrySuffix = (name: string) => `/providers/${REGISTRY_RESOURCE_TYPE_LOWER}/${name.toLowerCase()}`;

function namesRegistry(deployment: WireDeployment, registryName: string): boolean {
  const props = deployment.properties;
  const ids = [
    ...(props?.outputResources ?? []).map((r) => r.id ?? ''),
    ...(props?.dependencies ?? []).flatMap((d) => [d.id ?? '', ...(d.dependsOn ?? []).map((x) => x.id ?? '')]),
  ];
  if (ids.some((id) => id.toLowerCase().endsWith(registrySuffix(registryName)))) return true;
  const param = props?.parameters?.registryName?.value;
  return typeof param === 'string' && param.toLowerCase() === registryName.toLowerCase();
}

/** Rows for a resource group's deployments, newest first. */
export function deploymentHistoryRows(deployments: readonly WireDeployment[], ref: RegistryRef): DeploymentHistoryRow[] {
  return deployments
    .filter((d): d is WireDeployment & { name: string } => typeof d.name === 'string' && d.name !== '')
    .map((d) => ({
      name: d.name,
      state: d.properties?.provisioningState ?? 'Unknown',
      timestamp: d.properties?.timestamp ?? null,
      durationMs: parseIsoDuration(d.properties?.duration),
      aboutRegistry: namesRegistry(d, ref.name),
      href: `/deployments/${encodeURIComponent(ref.subscriptionId)}/${encodeURIComponent(ref.resourceGroup)}/${encodeURIComponent(d.name)}`,
    }))
    .sort((a, b) => (b.timestamp ?? '').localeCompare(a.timestamp ?? ''));
}
