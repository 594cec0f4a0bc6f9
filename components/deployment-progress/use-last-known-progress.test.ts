import { describe, expect, it } from 'vitest';
import type { DeploymentProgressView } from '@/lib/registries/deployment-progress';
import { staleReasonOf } from './use-last-known-progress';

const good = { ok: true as const, view: { state: 'running' } as DeploymentProgressView, retryAfterSeconds: null };
const armFailure = { ok: false as const, notFound: false, status: 503, code: 'ServiceUnavailable', message: 'busy', requestId: null, correlationId: null };

describe('staleReasonOf', () => {
  it('marks the kept table stale while polls fail, and not once a poll answers', () => {
    expect(staleReasonOf(good, true)).toBe("Can't reach the console");
    expect(staleReasonOf(armFailure, false)).toBe("Couldn't read the deployment from Azure Resource Manager (ServiceUnavailable)");
    expect(staleReasonOf(good, false)).toBeNull();
  });

  it("blames the console, not ARM, when the poll's budget went to the console itself", () => {
    expect(staleReasonOf({ ...armFailure, status: 0, code: 'ConsoleBusy' }, false)).toBe('The console is busy');
  });

  it('does not keep a table for a deployment that is gone', () => {
    expect(staleReasonOf({ ...armFailure, notFound: true, status: 404, code: 'DeploymentNotFound' }, false)).toBeNull();
  });
});
