// A pre-route step that brings running deployments up to the request's time, so a template resource
// whose dependencies just finished is submitted before any request (a registry GET, say) looks for it.
// Like provisioning's settle, it only applies what stored timestamps already decided.
import type { RequestContext } from '../http/request-context';
import type { StepOutcome } from '../pipeline';
import { advanceAllDeployments } from './engine';

/** Advances every running deployment to `ctx.now`; never answers the request itself. */
export function advanceDeploymentsStep(ctx: RequestContext): StepOutcome {
  if (!/^\/_emulator(\/|$)/i.test(ctx.path)) advanceAllDeployments(ctx.emulator, ctx.now);
  return undefined;
}
