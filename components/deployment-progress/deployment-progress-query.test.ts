import { describe, expect, it } from 'vitest';
import type { DeploymentProgressView } from '@/lib/registries/deployment-progress';
import { deploymentProgressApiPath, freshForMs, pollIntervalMs } from './deployment-progress-query';
import type { DeploymentProgressResult } from '@/lib/registries/deployment-progress-types';

const result = (state: DeploymentProgressView['state'], retryAfterSeconds: number | null): DeploymentProgressResult => ({
  ok: true,
  view: { state } as DeploymentProgressView,
  retryAfterSeconds,
});

describe('pollIntervalMs', () => {
  it("follows ARM's Retry-After, 5 s without one, and stops at a terminal state", () => {
    expect(pollIntervalMs(result('running', 3))).toBe(3000);
    expect(pollIntervalMs(result('running', null))).toBe(5000);
    expect(pollIntervalMs(result('running', 0))).toBe(1000);
    expect(pollIntervalMs(result('running', 600))).toBe(60_000);
    expect(pollIntervalMs(result('succeeded', 3))).toBe(false);
    expect(pollIntervalMs(result('failed', null))).toBe(false);
  });

  it('keeps polling through a transient ARM error but not for a deployment that does not exist', () => {
    const error = { status: 503, code: 'ServiceUnavailable', message: '', requestId: null, correlationId: null };
    expect(pollIntervalMs({ ok: false, notFound: false, ...error })).toBe(5000);
    expect(pollIntervalMs({ ok: false, notFound: true, ...error, status: 404 })).toBe(false);
  });

  it("reads on within a second when the server render's ARM budget ran out (throttling, or no answer)", () => {
    const cutOff = { notFound: false, requestId: null, correlationId: null } as const;
    expect(pollIntervalMs({ ok: false, ...cutOff, status: 429, code: 'TooManyRequests', message: 'Azure is throttling requests; retrying in 28 s.' })).toBe(1000);
    expect(pollIntervalMs({ ok: false, ...cutOff, status: 0, code: 'ServiceTimeout', message: 'Azure Resource Manager is not answering.' })).toBe(1000);
  });

  it("waits out the Retry-After of a throttled read, on mount as well as between polls", () => {
    const throttled = { ok: false, notFound: false, requestId: null, correlationId: null, status: 429, code: 'TooManyRequests', message: 'Azure is throttling requests; retrying in 28 s.', retryAfterSeconds: 28 } as const;
    expect(pollIntervalMs(throttled)).toBe(28_000);
    expect(freshForMs(throttled)).toBe(28_000);
    expect(freshForMs({ ...throttled, status: 0, code: 'ServiceTimeout', message: 'Azure Resource Manager is not answering.' })).toBe(0);
    expect(freshForMs(result('running', 3))).toBe(0);
    expect(freshForMs(result('succeeded', null))).toBe(Infinity);
  });
});

it('addresses the polling API with encoded segments', () => {
  expect(deploymentProgressApiPath({ subscriptionId: 's', resourceGroup: 'rg (1)', name: 'd.1' })).toBe('/api/deployments/s/rg%20(1)/d.1');
});
