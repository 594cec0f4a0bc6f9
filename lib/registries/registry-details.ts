// The registry page's data: the registry view plus what the page reads around it — the state of each
// managed storage account, the container registry and its replications (GETs of the managed resources),
// region names, the exports, and the regions still available to add. Plain JSON (crosses server → client).
import type { ConnectSnippets } from '@/lib/registries/connect-snippets';
import type { RegionOption } from '@/lib/registries/regions';
import type { RegistryView } from '@/lib/registries/registry-view';

/** The state of one managed resource as its own provider reports it. */
export interface ManagedResourceState {
  /** ARM's provisioningState ("Succeeded", "Creating"…), or "Pending" before the resource exists. */
  state: string;
  /** A provider-specific status, e.g. a storage account's "available", a replication's "Ready". */
  detail: string | null;
}

/** One storage account of a region. */
export interface StorageAccountDetails {
  name: string | null;
  type: string | null;
  hnsEnabled: boolean;
  id: string | null;
  status: ManagedResourceState;
}

/** One region: its storage accounts and the container registry's presence there. */
export interface RegionDetails {
  location: string;
  label: string;
  isPrimary: boolean;
  storageAccounts: StorageAccountDetails[];
  /** The primary region holds the container registry itself; other regions hold a geo-replication of it. */
  acrReplication: ManagedResourceState;
}

/** The registry's one Premium container registry. */
export interface ContainerRegistryDetails {
  name: string | null;
  sku: string | null;
  id: string | null;
  status: ManagedResourceState;
}

/** registry.yml in both forms and the ARM template, as the registry is now. */
export interface RegistryExports {
  ymlCli: string;
  ymlSeed: string;
  /** azuredeploy.json */
  template: string;
  /** azuredeploy.parameters.json */
  parameters: string;
}

/** Everything the registry page shows. */
export interface RegistryDetails {
  view: RegistryView;
  subscriptionName: string | null;
  regions: RegionDetails[];
  containerRegistry: ContainerRegistryDetails | null;
  connect: ConnectSnippets;
  exports: RegistryExports;
  /** Supported regions the registry does not have yet (the wizard's region options, minus present ones). */
  addableRegions: RegionOption[];
  /** ISO time the data was read. */
  readAt: string;
}
