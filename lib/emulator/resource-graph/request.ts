// Parses a Resource Graph request body (QueryRequest, resourcegraph.json 2024-04-01):
// `{ subscriptions?, managementGroups?, query, options?: { $top (1–1000), $skip, $skipToken,
// resultFormat: objectArray|table, allowPartialScopes, authorizationScopeFilter }, facets? }`.
// Parts the emulator cannot honour (management groups, facets, other authorization scope filters)
// are refused by name rather than ignored.
import { KqlError } from './kql-error';

/** A validated request. */
export interface ResourceGraphRequest {
  query: string;
  subscriptions?: string[];
  top?: number;
  skip?: number;
  skipToken?: string;
  resultFormat: 'objectArray' | 'table';
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function integer(v: unknown, name: string, min: number, max: number): number | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    throw new KqlError('InvalidQueryOptions', `The option '${name}' must be an integer between ${min} and ${max}; got ${JSON.stringify(v)}.`);
  }
  return v;
}

/** Validates the body; throws KqlError naming the invalid or unsupported part. */
export function parseResourceGraphRequest(body: unknown): ResourceGraphRequest {
  if (!isObject(body)) throw new KqlError('InvalidQuery', 'The request body must be a JSON object with a query.');
  if (typeof body.query !== 'string' || !body.query.trim()) throw new KqlError('InvalidQuery', "The property 'query' is required.");
  let subscriptions: string[] | undefined;
  if (body.subscriptions !== undefined && body.subscriptions !== null) {
    if (!Array.isArray(body.subscriptions) || body.subscriptions.some((s) => typeof s !== 'string')) {
      throw new KqlError('InvalidQuery', "The property 'subscriptions' must be an array of subscription ids.");
    }
    subscriptions = body.subscriptions as string[];
  }
  if (Array.isArray(body.managementGroups) && body.managementGroups.length) {
    throw new KqlError('InvalidQuery', 'Management group scopes are not supported by the emulator: it has no management groups.');
  }
  if (Array.isArray(body.facets) && body.facets.length) throw new KqlError('InvalidQuery', 'Facets are not supported by the emulator\'s Resource Graph.');
  const options = isObject(body.options) ? body.options : {};
  const format = options.resultFormat ?? 'objectArray';
  if (format !== 'objectArray' && format !== 'table') throw new KqlError('InvalidQueryOptions', `The resultFormat '${String(format)}' is not valid (objectArray or table).`);
  const scopeFilter = options.authorizationScopeFilter;
  if (scopeFilter !== undefined && scopeFilter !== 'AtScopeAndBelow') {
    throw new KqlError('InvalidQueryOptions', `The authorizationScopeFilter '${String(scopeFilter)}' is not supported by the emulator (only AtScopeAndBelow).`);
  }
  const skipToken = options.$skipToken;
  if (skipToken !== undefined && skipToken !== null && typeof skipToken !== 'string') throw new KqlError('InvalidQueryOptions', 'The $skipToken must be a string.');
  return {
    query: body.query,
    subscriptions,
    top: integer(options.$top, '$top', 1, 1000),
    skip: integer(options.$skip, '$skip', 0, Number.MAX_SAFE_INTEGER),
    skipToken: skipToken || undefined,
    resultFormat: format,
  };
}
