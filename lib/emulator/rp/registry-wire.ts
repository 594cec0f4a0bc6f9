// The registry as ARM returns it: the stored spec plus server-filled fields — discoveryUrl,
// mlFlowRegistryUri, managedResourceGroup, identity, systemData and, per region, the storage account
// and ACR names/ids of the children that have finished provisioning (arm-contract.md §1 and §5).
// What it reads besides the registry row (latest operation, owned resources) is read for many registries at
// once by toWireRegistries: a Resource Graph page or a list shapes up to 1000 of them.
import type { Emulator } from '../context';
import { TENANT_ID } from '../seed/tenant';
import { latestOperationsFor, type OperationRecord } from '../store/operations';
import type { RegistryRecord } from '../store/registries';
import { registryId } from '../store/registries';
import { listOwnedResourceRefs, type OwnedResourceRef } from '../store/resources';

/** The console-facing status of a registry, derived from its latest operation. */
export type RegistryStatus = 'Creating' | 'Updating' | 'Deleting' | 'Failed' | 'Ready';

// Status of a registry from its latest operation (the registry API itself has no provisioningState).
function registryStatus(latest: OperationRecord | undefined): RegistryStatus {
  if (!latest) return 'Ready';
  if (latest.status === 'InProgress') return latest.kind === 'create' ? 'Creating' : latest.kind === 'delete' ? 'Deleting' : 'Updating';
  return latest.status === 'Failed' && latest.kind !== 'delete' ? 'Failed' : 'Ready';
}

const PROVISIONING_STATE: Record<RegistryStatus, string> = { Creating: 'Creating', Updating: 'Updating', Deleting: 'Deleting', Failed: 'Failed', Ready: 'Succeeded' };
const done = (r: OwnedResourceRef | undefined) => r?.provisioningState === 'Succeeded';

function regionDetails(registry: RegistryRecord, owned: readonly OwnedResourceRef[]) {
  const acr = owned.find((r) => r.role === 'acr');
  return registry.spec.regions.map((region, index) => {
    const accounts = owned.filter((r) => r.role === 'storage' && r.region === region.location);
    const acrReady = index === 0 ? done(acr) : done(acr) && done(owned.find((r) => r.role === 'replication' && r.region === region.location));
    return {
      location: region.location,
      acrDetails: [
        {
          systemCreatedAcrAccount: {
            acrAccountSku: region.acrSku,
            ...(acrReady && acr ? { acrAccountName: acr.name, armResourceId: { resourceId: acr.id } } : {}),
          },
        },
      ],
      storageAccountDetails: region.storage.map((s, i) => {
        const account = accounts[i];
        return {
          systemCreatedStorageAccount: {
            storageAccountType: s.type,
            storageAccountHnsEnabled: s.hnsEnabled,
            allowBlobPublicAccess: s.allowBlobPublicAccess,
            ...(done(account) ? { storageAccountName: account.name, armResourceId: { resourceId: account.id } } : {}),
          },
        };
      }),
    };
  });
}

/** The registry's ARM JSON. */
export function toWireRegistry(emulator: Emulator, registry: RegistryRecord): Record<string, unknown> {
  return toWireRegistries(emulator, [registry])[0];
}

/** The ARM JSON of each registry, in order; their operations and owned resources read in one statement each. */
export function toWireRegistries(emulator: Emulator, registries: readonly RegistryRecord[]): Record<string, unknown>[] {
  if (registries.length === 0) return [];
  const keys = registries.map((r) => r.idKey);
  const latest = latestOperationsFor(emulator.db, keys);
  const owned = listOwnedResourceRefs(emulator.db, keys);
  return registries.map((registry) => wireRegistry(emulator, registry, latest.get(registry.idKey), owned.get(registry.idKey) ?? []));
}

function wireRegistry(emulator: Emulator, registry: RegistryRecord, latest: OperationRecord | undefined, owned: readonly OwnedResourceRef[]): Record<string, unknown> {
  const id = registryId(registry.subscriptionId, registry.resourceGroup, registry.name);
  const { spec } = registry;
  // The registry data plane (discovery, MFE asset operations) is served by the emulator itself (issue 12), on its
  // TLS listener: azure-ai-ml's ARM pipeline sends bearer tokens over https only.
  const origin = emulator.httpsUrl ?? emulator.url ?? `https://${registry.location}.api.azureml.ms`;
  const wire: Record<string, unknown> = {
    id,
    name: registry.name,
    type: 'Microsoft.MachineLearningServices/registries',
    location: registry.location,
    tags: spec.tags,
    identity: { type: spec.identityType, principalId: registry.identityPrincipalId, tenantId: TENANT_ID },
    systemData: registry.systemData,
    properties: {
      provisioningState: PROVISIONING_STATE[registryStatus(latest)],
      discoveryUrl: `${origin}/registrymanagement/v1.0/registries/${registry.name}/discovery`,
      intellectualPropertyPublisher: spec.intellectualPropertyPublisher,
      managedResourceGroup: { resourceId: `/subscriptions/${registry.subscriptionId}/resourceGroups/${registry.managedResourceGroup}` },
      mlFlowRegistryUri: `azureml://${new URL(origin).host}/mlflow/v1.0${id}`,
      publicNetworkAccess: spec.publicNetworkAccess,
      regionDetails: regionDetails(registry, owned),
      registryPrivateEndpointConnections: [],
    },
  };
  if (spec.kind) wire.kind = spec.kind;
  if (spec.sku) wire.sku = spec.sku;
  return wire;
}
