// POST /providers/Microsoft.ResourceGraph/resources: Azure Resource Graph over the emulator's
// registries and provider-created resources (arm-contract.md §3 "Resource Graph"). Any authenticated
// caller may query; results hold only what the caller can read. Refused queries get ARG's 400 shape:
// `BadRequest` with a support message and the specific reason in `details`.
import type { Emulator, OperationResult } from '../context';
import { ArmHttpError } from '../errors';
import type { RequestContext } from '../http/request-context';
import { ResourceGraphAnswers } from '../resource-graph/answer-cache';
import { runResourceGraphQuery } from '../resource-graph/execute';
import { isKqlError, type KqlError } from '../resource-graph/kql-error';
import { ResourceGraphQuota } from '../resource-graph/quota';
import { parseResourceGraphRequest } from '../resource-graph/request';

const quotas = new WeakMap<Emulator, ResourceGraphQuota>();
const answers = new WeakMap<Emulator, ResourceGraphAnswers>();

const GENERIC_DETAIL = {
  code: 'InvalidQuery',
  message: 'Query is invalid. Please refer to the documentation for the Azure Resource Graph service and fix the query before retrying.',
};

/** ARG's 400 for a refused query: the reason (naming the unsupported part) is in `details`. */
function badRequest(ctx: RequestContext, e: KqlError, headers: Record<string, string>): ArmHttpError {
  const message = `Please provide below info when asking for support: timestamp = ${new Date(ctx.now).toISOString()}, correlationId = ${ctx.correlationId}.`;
  const details = e.code === 'InvalidQuery' || e.code === 'InvalidQueryOptions' ? [{ code: e.code, message: e.message }] : [GENERIC_DETAIL, { code: e.code, message: e.message }];
  return new ArmHttpError(400, 'BadRequest', message, undefined, details, headers);
}

/** POST /providers/Microsoft.ResourceGraph/resources. */
export function queryResourcesHandler(ctx: RequestContext): OperationResult {
  let quota = quotas.get(ctx.emulator);
  if (!quota) quotas.set(ctx.emulator, (quota = new ResourceGraphQuota()));
  const headers = quota.take(ctx.caller!.oid, ctx.now);
  let cache = answers.get(ctx.emulator);
  if (!cache) answers.set(ctx.emulator, (cache = new ResourceGraphAnswers(ctx.emulator.db)));
  try {
    const caller = ctx.caller!;
    const request = parseResourceGraphRequest(ctx.body);
    // The caller is part of the key: the rows are trimmed to what they may read.
    const body = cache.json(`${caller.tid}\n${caller.oid}\n${JSON.stringify(request)}`, () => runResourceGraphQuery(ctx.emulator, caller, request));
    return { status: 200, body, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } };
  } catch (e) {
    if (isKqlError(e)) throw badRequest(ctx, e, headers);
    throw e;
  }
}
