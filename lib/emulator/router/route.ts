// The declarative route: method, path pattern, the RBAC action it requires, the scope that action is
// checked over, the api-versions it accepts, and the handler (one function per operation).
import type { OperationResult } from '../context';
import type { RequestContext } from '../http/request-context';
import type { OperationType } from '../http/rate-limit';

/** Route parameters by name. */
export type Params = Record<string, string>;

/** How a route is authorized. */
export type Access =
  /** Control endpoint: no ARM token, loopback callers only. */
  | { kind: 'control' }
  /** Public ARM metadata: no token, any caller (GET /metadata/endpoints). */
  | { kind: 'anonymous' }
  /** Any authenticated caller (the handler filters what it returns). */
  | { kind: 'authenticated' }
  /** Visible when the caller holds any role assignment within the subscription (as ARM shows subscriptions). */
  | { kind: 'subscription-visible' }
  /** RBAC: the caller needs `action` over `scope`. */
  | { kind: 'action'; action: string | ((p: Params) => string); scope: (p: Params) => string };

/** One entry of the route table. */
export interface Route {
  method: 'GET' | 'PUT' | 'PATCH' | 'POST' | 'DELETE' | 'HEAD';
  /** Path with `{param}` segments; literal segments match case-insensitively. */
  pattern: string;
  access: Access;
  /** Accepted api-versions (null: none required, control endpoints). */
  apiVersions: readonly string[] | null | ((p: Params) => readonly string[]);
  /** Rate-limit bucket (ARM throttles reads, writes and deletes separately). */
  operationType: OperationType;
  handler: (ctx: RequestContext) => OperationResult | Promise<OperationResult>;
}

/** ARM scope helpers for route declarations. */
export const scopes = {
  subscription: (p: Params) => `/subscriptions/${p.subscriptionId}`,
  resourceGroup: (p: Params) => `/subscriptions/${p.subscriptionId}/resourceGroups/${p.resourceGroupName}`,
  registry: (p: Params) =>
    `/subscriptions/${p.subscriptionId}/resourceGroups/${p.resourceGroupName}/providers/Microsoft.MachineLearningServices/registries/${p.registryName}`,
};

const operationTypeOf = (method: Route['method']): OperationType => (method === 'GET' || method === 'HEAD' ? 'read' : method === 'DELETE' ? 'delete' : 'write');

/** A control endpoint under /_emulator: loopback callers only, no token, no api-version. */
export function controlRoute(method: Route['method'], pattern: string, handler: Route['handler']): Route {
  return { method, pattern, access: { kind: 'control' }, apiVersions: null, operationType: operationTypeOf(method), handler };
}

/** An ARM route; the rate-limit bucket follows the method unless given (a POST that only reads). */
export function armRoute(
  method: Route['method'],
  pattern: string,
  access: Access,
  apiVersions: Route['apiVersions'],
  handler: Route['handler'],
  operationType: OperationType = operationTypeOf(method),
): Route {
  return { method, pattern, access, apiVersions, operationType, handler };
}

/** RBAC access: `action` over `scope`. */
export const rbac = (action: string | ((p: Params) => string), scope: (p: Params) => string): Access => ({ kind: 'action', action, scope });
