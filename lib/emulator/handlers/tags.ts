// HTTP handlers of Microsoft.Resources/tags at a scope (`{scope}/providers/Microsoft.Resources/tags/default`);
// the work is the tags RP's (rp/tags-rp.ts).
import type { OperationResult } from '../context';
import type { RequestContext } from '../http/request-context';
import { rpContextOf } from '../http/request-context';
import * as rp from '../rp/tags-rp';
import { requireRequestScope } from './authorization-scope';

/** GET {scope}/providers/Microsoft.Resources/tags/default. */
export function getTagsHandler(ctx: RequestContext): OperationResult {
  return rp.getTagsAtScope(rpContextOf(ctx), requireRequestScope(ctx));
}

/** PUT {scope}/providers/Microsoft.Resources/tags/default `{properties: {tags}}`. */
export function putTagsHandler(ctx: RequestContext): OperationResult {
  return rp.replaceTagsAtScope(rpContextOf(ctx), requireRequestScope(ctx), ctx.body);
}

/** PATCH {scope}/providers/Microsoft.Resources/tags/default `{operation, properties: {tags}}`. */
export function patchTagsHandler(ctx: RequestContext): OperationResult {
  return rp.updateTagsAtScope(rpContextOf(ctx), requireRequestScope(ctx), ctx.body);
}

/** DELETE {scope}/providers/Microsoft.Resources/tags/default. */
export function deleteTagsHandler(ctx: RequestContext): OperationResult {
  return rp.deleteTagsAtScope(rpContextOf(ctx), requireRequestScope(ctx));
}
