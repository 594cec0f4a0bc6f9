// The resource types a template may contain, each mapped onto its resource provider's own code: a
// registry in a template is validated, created and polled by exactly the functions a direct PUT uses
// (rp/registries-provider.ts). The deployment engine polls the provider's Azure-AsyncOperation resource,
// as ARM's deployment engine does.
import { REGISTRIES_API_VERSIONS } from '../api-versions';
import type { OperationResult, RpContext } from '../context';
import { registriesRp } from '../rp/registries-provider';
import type { OperationError } from '../store/operations';

/** One template resource, evaluated, addressed to its provider. */
export interface ProviderTarget {
  subscriptionId: string;
  resourceGroup: string;
  name: string;
  body: Record<string, unknown>;
}

/** The provider's operation-status resource, as the engine reads it. */
export interface ProviderStatus {
  status: string;
  endTime?: string;
  error?: OperationError;
}

/** What the deployment engine needs from a resource provider. */
export interface TemplateResourceProvider {
  /** ARM type, e.g. Microsoft.MachineLearningServices/registries. */
  type: string;
  apiVersions: readonly string[];
  /** Runs every check of a PUT without writing; throws the provider's ArmHttpError. */
  validate(ctx: RpContext, target: ProviderTarget): void;
  /** The provider's PUT: 200/201, with an Azure-AsyncOperation header when asynchronous. */
  createOrUpdate(ctx: RpContext, target: ProviderTarget): OperationResult;
  /** Reads the operation-status resource an Azure-AsyncOperation URL points at. */
  status(ctx: RpContext, asyncOperationUrl: string): ProviderStatus;
}

const REGISTRY_STATUS_PATH = /^\/subscriptions\/([^/]+)\/providers\/Microsoft\.MachineLearningServices\/locations\/([^/]+)\/registryOperationsStatus\/([^/]+)$/i;

const registries: TemplateResourceProvider = {
  type: 'Microsoft.MachineLearningServices/registries',
  apiVersions: REGISTRIES_API_VERSIONS,
  validate: (ctx, t) => void registriesRp.validate(ctx, { subscriptionId: t.subscriptionId, resourceGroup: t.resourceGroup, name: t.name, body: t.body }),
  createOrUpdate: (ctx, t) => registriesRp.createOrUpdate(ctx, { subscriptionId: t.subscriptionId, resourceGroup: t.resourceGroup, name: t.name, body: t.body }),
  status(ctx, url) {
    const match = REGISTRY_STATUS_PATH.exec(new URL(url).pathname);
    if (!match) throw new Error(`Not a registry operation-status URL: ${url}`);
    const [, subscriptionId, location, operationId] = match;
    return registriesRp.operationStatus(ctx, { subscriptionId, location, operationId }).body as ProviderStatus;
  },
};

const PROVIDERS: readonly TemplateResourceProvider[] = [registries];

/** The provider for a resource type (case-insensitive), if the engine supports it. */
export function templateResourceProvider(type: string): TemplateResourceProvider | undefined {
  return PROVIDERS.find((p) => p.type.toLowerCase() === type.toLowerCase());
}

/** The resource types templates may contain, for error messages. */
export const SUPPORTED_TEMPLATE_TYPES: readonly string[] = PROVIDERS.map((p) => p.type);
