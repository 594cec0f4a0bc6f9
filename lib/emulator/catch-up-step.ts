// The pre-route step that brings stored state up to the request's time, once per request: provisioning
// transitions that are due (settle), then running deployments, so a template resource whose dependencies
// just finished is submitted before any request (a registry GET, say) looks for it. Both only apply what
// stored timestamps already decided, so a restart mid-provisioning still finishes. Handlers and RP
// operations never settle again: they read the state this step left.
import { advanceAllDeployments } from './deployments/engine';
import type { RequestContext } from './http/request-context';
import type { StepOutcome } from './pipeline';
import { settle } from './provisioning/settle';

/** Settles provisioning and advances deployments to `ctx.now`; never answers the request itself. */
export function catchUpStep(ctx: RequestContext): StepOutcome {
  settle(ctx.emulator, ctx.now);
  // Control calls (token, faults, health, bulk seeding) leave deployments where they are.
  if (!/^\/_emulator(\/|$)/i.test(ctx.path)) advanceAllDeployments(ctx.emulator, ctx.now);
  return undefined;
}
