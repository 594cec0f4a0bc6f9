// ARM errors as the emulator raises them: one named constructor per ARM error code, so every handler
// answers with ARM's envelope `{error:{code,message,target?,details?}}` (arm-contract.md §4) and the
// same wording ARM uses.

/** An ARM error with its HTTP status; the pipeline turns it into the error envelope. */
export class ArmHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly target?: string,
    readonly details?: { code: string; message: string; target?: string }[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ArmHttpError';
  }

  /** The `{error:{…}}` body ARM sends. */
  toBody(): { error: { code: string; message: string; target?: string; details?: unknown[] } } {
    const error: { code: string; message: string; target?: string; details?: unknown[] } = { code: this.code, message: this.message };
    if (this.target) error.target = this.target;
    if (this.details?.length) error.details = this.details;
    return { error };
  }
}

/** Type guard for errors raised through these constructors. */
export function isArmHttpError(e: unknown): e is ArmHttpError {
  return e instanceof ArmHttpError;
}

const ML_REGISTRIES = 'Microsoft.MachineLearningServices/registries';

// 400s
/** 400 MissingApiVersionParameter (ARM's wording). */
export const missingApiVersionParameter = () =>
  new ArmHttpError(400, 'MissingApiVersionParameter', "The api-version query parameter (?api-version=) is required for all requests.");
/** 400 InvalidApiVersionParameter, listing the supported versions like ARM. */
export const invalidApiVersionParameter = (version: string, supported: readonly string[]) =>
  new ArmHttpError(400, 'InvalidApiVersionParameter', `The api-version '${version}' is invalid. The supported versions are '${supported.join(',')}'.`);
/** 400 InvalidRequestContent: malformed JSON or a body that does not fit the schema. */
export const invalidRequestContent = (detail: string) =>
  new ArmHttpError(400, 'InvalidRequestContent', `The request content was invalid and could not be deserialized: '${detail}'.`);
/** 400 InvalidResourceName for a name that breaks the type's pattern. */
export const invalidResourceName = (name: string, type: string, rule: string) =>
  new ArmHttpError(400, 'InvalidResourceName', `The resource name '${name}' is invalid for resource type '${type}'. ${rule}`, 'name');
/** 400 LocationNotAvailableForResourceType with the type's available regions (ARM's message). */
export const locationNotAvailableForResourceType = (location: string, available: readonly string[], type = ML_REGISTRIES) =>
  new ArmHttpError(
    400,
    'LocationNotAvailableForResourceType',
    `The provided location '${location}' is not available for resource type '${type}'. List of available regions for the resource type is '${available.join(',')}'.`,
  );
/** 400 InvalidResourceLocation: the primary location of an existing resource cannot change. */
export const invalidResourceLocation = (name: string, existing: string, requested: string, resourceGroup: string) =>
  new ArmHttpError(
    400,
    'InvalidResourceLocation',
    `The resource '${name}' already exists in location '${existing}' in resource group '${resourceGroup}'. A resource with the same name cannot be created in location '${requested}'. Please select a new resource name.`,
  );
/** 400 UserError: the ML resource provider's generic validation failure. */
export const userError = (message: string, target?: string) => new ArmHttpError(400, 'UserError', message, target);
/** 400 InvalidResourceType: a type the namespace does not have. */
export const invalidResourceType = (type: string, namespace: string, apiVersion: string) =>
  new ArmHttpError(400, 'InvalidResourceType', `The resource type '${type}' could not be found in the namespace '${namespace}' for api version '${apiVersion}'.`);
/** 400 NoRegisteredProviderFound: no resource provider serves this namespace. */
export const noRegisteredProviderFound = (namespace: string, apiVersion: string) =>
  new ArmHttpError(
    400,
    'NoRegisteredProviderFound',
    `No registered resource provider found for namespace '${namespace}' and API version '${apiVersion}'. The emulator serves Microsoft.Resources, Microsoft.MachineLearningServices, Microsoft.Storage and Microsoft.ContainerRegistry.`,
  );
/** 400 InvalidSkipToken for a `$skiptoken` the emulator did not issue. */
export const invalidSkipToken = () => new ArmHttpError(400, 'InvalidSkipToken', 'The provided $skiptoken is invalid.');

// 401 / 403
const wwwAuthenticate = (tenantId: string, description: string) => ({
  'WWW-Authenticate': `Bearer authorization_uri="https://login.microsoftonline.com/${tenantId}", error="invalid_token", error_description="${description}"`,
});
/** 401 InvalidAuthenticationToken (missing, malformed or unverifiable bearer token). */
export const invalidAuthenticationToken = (tenantId: string, message: string) =>
  new ArmHttpError(401, 'InvalidAuthenticationToken', message, undefined, undefined, wwwAuthenticate(tenantId, message));
/** 401 ExpiredAuthenticationToken. */
export const expiredAuthenticationToken = (tenantId: string) => {
  const message = "The access token expiry UTC time is earlier than current UTC time.";
  return new ArmHttpError(401, 'ExpiredAuthenticationToken', message, undefined, undefined, wwwAuthenticate(tenantId, 'The access token has expired.'));
};
/** 403 AuthorizationFailed with ARM's exact message shape (arm-contract.md §4). */
export const authorizationFailed = (upn: string, oid: string, action: string, scope: string) =>
  new ArmHttpError(
    403,
    'AuthorizationFailed',
    `The client '${upn}' with object id '${oid}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
  );
/** 403 DenyAssignmentAuthorizationFailed: a system deny assignment protects the scope (managed resource groups). */
export const denyAssignmentAuthorizationFailed = (upn: string, oid: string, action: string, scope: string) =>
  new ArmHttpError(
    403,
    'DenyAssignmentAuthorizationFailed',
    `The client '${upn}' with object id '${oid}' has permission to perform action '${action}' on scope '${scope}'; however, the access is denied because of the deny assignment with name 'System deny assignment created by managed application' at scope '${scope}'.`,
  );

// 404
/** 404 SubscriptionNotFound. */
export const subscriptionNotFound = (subscriptionId: string) =>
  new ArmHttpError(404, 'SubscriptionNotFound', `The subscription '${subscriptionId}' could not be found.`);
/** 404 ResourceGroupNotFound. */
export const resourceGroupNotFound = (name: string) =>
  new ArmHttpError(404, 'ResourceGroupNotFound', `Resource group '${name}' could not be found.`);
/** 404 ResourceNotFound with ARM's message ("The Resource 'ns/type/name' under resource group 'rg' was not found."). */
export const resourceNotFound = (typeAndName: string, resourceGroup: string) =>
  new ArmHttpError(
    404,
    'ResourceNotFound',
    `The Resource '${typeAndName}' under resource group '${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
  );
/** 404 InvalidResourceNamespace for a provider namespace ARM does not know. */
export const invalidResourceNamespace = (namespace: string) =>
  new ArmHttpError(404, 'InvalidResourceNamespace', `The resource namespace '${namespace}' is invalid.`);
/** 404 NotFound for a path no ARM route serves. */
export const notFound = (path: string) => new ArmHttpError(404, 'NotFound', `The requested path '${path}' is not served by Azure Resource Manager.`);
/** 404 for an async operation id the resource provider does not know. */
export const operationNotFound = (operationId: string) =>
  new ArmHttpError(404, 'NotFound', `The operation '${operationId}' could not be found.`);
/** 405 for a known path with a method it does not support. */
export const methodNotAllowed = (method: string) =>
  new ArmHttpError(405, 'MethodNotAllowed', `The requested resource does not support http method '${method}'.`);

// 409
/** 409 Conflict with a plain message (name in use, operation already running). */
export const conflict = (message: string) => new ArmHttpError(409, 'Conflict', message);
/** 409 MissingSubscriptionRegistration, target = namespace (ARM's message). */
export const missingSubscriptionRegistration = (namespace: string) =>
  new ArmHttpError(
    409,
    'MissingSubscriptionRegistration',
    `The subscription is not registered to use namespace '${namespace}'. See https://aka.ms/rps-not-found for how to register subscriptions.`,
    namespace,
  );
/** 409 ResourceGroupBeingDeleted for writes under a deleting resource group. */
export const resourceGroupBeingDeleted = (name: string) =>
  new ArmHttpError(409, 'ResourceGroupBeingDeleted', `The resource group '${name}' is in deprovisioning state and cannot perform this operation.`);

// 413 / 500
/** 413 when a request body exceeds ARM's 4 MB cap. */
export const requestEntityTooLarge = () => new ArmHttpError(413, 'RequestEntityTooLarge', 'The request content size exceeds the maximum of 4 MB.');
/** 500 InternalServerError for an unexpected failure inside the emulator (logged, never hidden). */
export const internalServerError = (message: string) => new ArmHttpError(500, 'InternalServerError', message);
