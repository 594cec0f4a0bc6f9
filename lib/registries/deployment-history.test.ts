import { describe, expect, it } from 'vitest';
import type { WireDeployment } from '@/lib/arm/wire-types';
import { deploymentHistoryRows } from '@/lib/registries/deployment-history';

const ref = { subscriptionId: '11111111-2222-3333-4444-555555555555', resourceGroup: 'rg-(ml).dev', name: 'vision-models' };
const registryId = `/subscriptions/${ref.subscriptionId}/resourceGroups/${ref.resourceGroup}/providers/Microsoft.MachineLearningServices/registries/Vision-Models`;

describe('deploymentHistoryRows', () => {
  it('orders newest first, links each to its progress page, and marks the ones about this registry', () => {
    const deployments: WireDeployment[] = [
      { name: 'older', properties: { provisioningState: 'Succeeded', timestamp: '2025-01-01T00:00:00Z', outputResources: [{ id: registryId }] } },
      { name: 'other-thing', properties: { provisioningState: 'Failed', timestamp: '2025-03-01T00:00:00Z', parameters: { registryName: { value: 'someone-else' } } } },
      { name: 'by param', properties: { provisioningState: 'Running', timestamp: '2025-02-01T00:00:00Z', parameters: { registryName: { value: 'VISION-models' } } } },
      { properties: { provisioningState: 'Succeeded' } },
    ];
    const rows = deploymentHistoryRows(deployments, ref);
    expect(rows.map((r) => [r.name, r.state, r.aboutRegistry])).toEqual([
      ['other-thing', 'Failed', false],
      ['by param', 'Running', true],
      ['older', 'Succeeded', true],
    ]);
    expect(rows[1].href).toBe(`/deployments/${ref.subscriptionId}/rg-(ml).dev/by%20param`);
  });

  it("gives ARM's ISO 8601 duration in milliseconds, for the tab to show as words, and none when ARM gives none", () => {
    const rows = deploymentHistoryRows(
      [
        { name: 'timed', properties: { provisioningState: 'Succeeded', timestamp: '2025-01-02T00:00:00Z', duration: 'PT1M1.5S' } },
        { name: 'untimed', properties: { provisioningState: 'Running', timestamp: '2025-01-01T00:00:00Z' } },
      ],
      ref,
    );
    expect(rows.map((r) => [r.name, r.durationMs])).toEqual([
      ['timed', 61_500],
      ['untimed', null],
    ]);
  });
});
