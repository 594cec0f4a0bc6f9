import { describe, expect, it } from 'vitest';
import type { WireDeployment, WireDeploymentOperation, WireRegistry } from '@/lib/arm/wire-types';
import { deploymentProgressView, managedResourceStateOf, parseIsoDuration, startOf, type ManagedResourceState } from './deployment-progress';
import { explainArmError } from './deployment-progress-explanations';

const SUB = '00000000-0000-0000-0000-000000000001';
const RG = 'rg-app';
const MRG = 'azureml-rg-reg1_abc';
const ref = { subscriptionId: SUB, resourceGroup: RG, name: 'registry-reg1-1' };
const registryId = `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.MachineLearningServices/registries/reg1`;
const mrg = `/subscriptions/${SUB}/resourceGroups/${MRG}/providers`;

function deployment(state: string, extra: Partial<NonNullable<WireDeployment['properties']>> = {}): WireDeployment {
  return {
    id: `/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.Resources/deployments/${ref.name}`,
    name: ref.name,
    properties: { provisioningState: state, timestamp: '2026-01-05T10:00:30.000Z', duration: 'PT30S', correlationId: 'corr-1', ...extra },
  };
}

function registryOp(state: string, error?: { code: string; message: string; details?: { code: string; message: string; target?: string }[] }): WireDeploymentOperation {
  return {
    operationId: 'op1',
    properties: {
      provisioningState: state,
      timestamp: '2026-01-05T10:00:29.000Z',
      duration: 'PT28S',
      statusCode: error ? 'Conflict' : 'Created',
      statusMessage: error ? { status: 'Failed', error } : { status: state },
      targetResource: { id: registryId, resourceName: 'reg1', resourceType: 'Microsoft.MachineLearningServices/registries' },
    },
  };
}

const registry: WireRegistry = {
  id: registryId,
  name: 'reg1',
  location: 'eastus',
  properties: {
    managedResourceGroup: { resourceId: `/subscriptions/${SUB}/resourceGroups/${MRG}` },
    regionDetails: [
      { location: 'eastus', acrDetails: [{ systemCreatedAcrAccount: {} }], storageAccountDetails: [{ systemCreatedStorageAccount: {} }] },
      { location: 'westus', acrDetails: [{ systemCreatedAcrAccount: {} }], storageAccountDetails: [{ systemCreatedStorageAccount: {} }] },
    ],
  },
};

const resource = (type: string, name: string, location: string, provisioningState: string, createdAt = '2026-01-05T10:00:05.000Z'): ManagedResourceState => ({
  id: `${mrg}/${type}/${name}`,
  name,
  type,
  location,
  provisioningState,
  createdAt,
  changedAt: null,
});

describe('deploymentProgressView', () => {
  it('lists the registry and every resource Azure will create for it, before they exist', () => {
    const view = deploymentProgressView({ ref, deployment: deployment('Running'), operations: [registryOp('Running')], registry, managedResources: [] });
    expect(view.headline).toBe('Deployment is in progress');
    expect(view.rows.map((r) => [r.typeLabel, r.region, r.status])).toEqual([
      ['Azure Machine Learning registry', 'eastus', 'running'],
      ['Storage account', 'eastus', 'waiting'],
      ['Storage account', 'westus', 'waiting'],
      ['Container registry', 'eastus', 'waiting'],
      ['Container registry replication', 'westus', 'waiting'],
    ]);
    expect([view.done, view.total]).toEqual([0, 5]);
    expect(view.startedAt).toBe('2026-01-05T10:00:00.000Z');
    expect(view.durationMs).toBeNull();
    expect(view.registry?.path).toBe(`/registries/${SUB}/${RG}/reg1`);
  });

  it('fills rows from the managed group as resources appear and counts the finished ones', () => {
    const managed = [
      resource('Microsoft.Storage/storageAccounts', 'st1', 'eastus', 'Succeeded'),
      resource('Microsoft.Storage/storageAccounts', 'st2', 'westus', 'Creating'),
      resource('Microsoft.ContainerRegistry/registries', 'acr1', 'eastus', 'Succeeded'),
    ];
    const view = deploymentProgressView({ ref, deployment: deployment('Running'), operations: [registryOp('Running')], registry, managedResources: managed });
    expect(view.rows.slice(1).map((r) => [r.name, r.status, r.statusText])).toEqual([
      ['st1', 'succeeded', 'Succeeded'],
      ['st2', 'running', 'In progress'],
      ['acr1', 'succeeded', 'Succeeded'],
      [null, 'waiting', 'Waiting'],
    ]);
    expect([view.done, view.total]).toEqual([2, 5]);
  });

  it('shows the failed child, the failed operation with its plain-words explanation, and the missing ones as not created', () => {
    const storageId = `${mrg}/Microsoft.Storage/storageAccounts/st2`;
    const error = { code: 'QuotaExceeded', message: 'Storage account quota reached in westus.', details: [{ code: 'QuotaExceeded', message: 'x', target: storageId }] };
    const managed = [
      resource('Microsoft.Storage/storageAccounts', 'st1', 'eastus', 'Succeeded'),
      resource('Microsoft.Storage/storageAccounts', 'st2', 'westus', 'Failed'),
      resource('Microsoft.ContainerRegistry/registries', 'acr1', 'eastus', 'Creating'),
    ];
    const view = deploymentProgressView({
      ref,
      deployment: deployment('Failed', { error: { code: 'DeploymentFailed', message: 'At least one resource deployment operation failed.', details: [error] } }),
      operations: [registryOp('Failed', error)],
      registry,
      managedResources: managed,
    });
    expect(view.headline).toBe('Deployment failed');
    expect(view.rows.map((r) => r.status)).toEqual(['failed', 'succeeded', 'failed', 'unfinished', 'notCreated']);
    expect(view.rows[3].statusText).toBe('Unfinished when the deployment ended');
    expect(view.rows[2]).toMatchObject({ statusCode: 'QuotaExceeded', statusMessage: 'x' });
    expect(view.rows[0]).toMatchObject({ statusCode: 'Conflict', statusMessage: 'QuotaExceeded: Storage account quota reached in westus.' });
    expect(view.failures).toHaveLength(1);
    expect(view.failures[0]).toMatchObject({ resourceName: 'reg1', error: { code: 'QuotaExceeded' } });
    expect(view.failures[0].explanation).toMatch(/quota/);
    expect([view.done, view.total]).toEqual([5, 5]);
    expect(view.durationMs).toBe(30_000);
  });

  it('falls back to the deployment error when no operation carries one', () => {
    const view = deploymentProgressView({
      ref,
      deployment: deployment('Failed', { error: { code: 'AuthorizationFailed', message: 'no' } }),
      operations: [],
      registry: null,
      managedResources: [],
    });
    expect(view.rows).toEqual([]);
    expect(view.failures).toEqual([expect.objectContaining({ resourceName: null, error: expect.objectContaining({ code: 'AuthorizationFailed' }) })]);
  });

  it('is complete when the deployment succeeded, with the region display names', () => {
    const view = deploymentProgressView({
      ref,
      deployment: deployment('Succeeded'),
      operations: [registryOp('Succeeded')],
      registry,
      managedResources: [],
      locationNames: new Map([['eastus', 'East US']]),
    });
    expect(view.headline).toBe('Your deployment is complete');
    expect(view.rows[0].regionLabel).toBe('East US');
    expect(view.rows[0].durationMs).toBe(28_000);
  });
});

describe('ARM time fields', () => {
  it('parses ISO durations and derives the start as timestamp minus duration', () => {
    expect(parseIsoDuration('PT1M3.2S')).toBe(63_200);
    expect(parseIsoDuration('P1DT2H')).toBe(26 * 3_600_000);
    expect(parseIsoDuration('PT0S')).toBe(0);
    expect(parseIsoDuration('soon')).toBeNull();
    expect(startOf('2026-01-05T10:01:03.200Z', 'PT1M3.2S')).toBe('2026-01-05T10:00:00.000Z');
  });

  it('reads a managed resource state from an expanded listing or its own GET', () => {
    expect(managedResourceStateOf({ id: 'x', name: 'st', type: 'Microsoft.Storage/storageAccounts', location: 'East US', properties: { provisioningState: 'Creating', creationTime: 't0' } })).toMatchObject({
      location: 'eastus',
      provisioningState: 'Creating',
      createdAt: 't0',
    });
  });
});

describe('managed rows from the expanded listing (issue 15)', () => {
  const listed = (type: string, name: string, location: string, provisioningState: string, createdTime: string, changedTime: string) =>
    managedResourceStateOf({ id: `${mrg}/${type}/${name}`, name, type, location, provisioningState, createdTime, changedTime });

  it("gives a finished storage account, container registry and replication a duration from createdTime to changedTime", () => {
    const managed = [
      listed('Microsoft.Storage/storageAccounts', 'st1', 'eastus', 'Succeeded', '2026-01-05T10:00:05.000Z', '2026-01-05T10:00:25.000Z'),
      listed('Microsoft.Storage/storageAccounts', 'st2', 'westus', 'Succeeded', '2026-01-05T10:00:05.000Z', '2026-01-05T10:00:29.500Z'),
      listed('Microsoft.ContainerRegistry/registries', 'acr1', 'eastus', 'Succeeded', '2026-01-05T10:00:05.000Z', '2026-01-05T10:00:37.000Z'),
      listed('Microsoft.ContainerRegistry/registries/replications', 'westus', 'westus', 'Succeeded', '2026-01-05T10:00:05.000Z', '2026-01-05T10:00:47.000Z'),
    ];
    const view = deploymentProgressView({ ref, deployment: deployment('Succeeded'), operations: [registryOp('Succeeded')], registry, managedResources: managed });
    expect(view.rows.slice(1).map((r) => [r.name, r.status, r.startedAt, r.durationMs])).toEqual([
      ['st1', 'succeeded', '2026-01-05T10:00:05.000Z', 20_000],
      ['st2', 'succeeded', '2026-01-05T10:00:05.000Z', 24_500],
      ['acr1', 'succeeded', '2026-01-05T10:00:05.000Z', 32_000],
      ['westus', 'succeeded', '2026-01-05T10:00:05.000Z', 42_000],
    ]);
  });

  it('leaves a resource still creating without a duration, whatever its changedTime', () => {
    const managed = [listed('Microsoft.Storage/storageAccounts', 'st1', 'eastus', 'Creating', '2026-01-05T10:00:05.000Z', '2026-01-05T10:00:05.000Z')];
    const view = deploymentProgressView({ ref, deployment: deployment('Running'), operations: [registryOp('Running')], registry, managedResources: managed });
    expect(view.rows[1]).toMatchObject({ name: 'st1', status: 'running', durationMs: null });
  });
});

describe('explainArmError', () => {
  it.each([
    ['MissingSubscriptionRegistration', 'not registered', /register/],
    ['RequestDisallowedByPolicy', 'policy', /Policy/],
    ['AuthorizationFailed', 'denied', /not allowed/],
    ['Conflict', 'busy', /Another operation/],
    ['QuotaExceeded', 'quota', /quota/],
    ['OperationNotAllowed', 'Operation results in exceeding quota limits of Core.', /quota/],
  ])('explains %s', (code, message, expected) => {
    expect(explainArmError({ code, message })).toMatch(expected);
  });

  it('looks through nested details and leaves unknown codes unexplained', () => {
    expect(explainArmError({ code: 'DeploymentFailed', message: '', details: [{ code: 'RequestDisallowedByPolicy', message: '' }] })).toMatch(/Policy/);
    expect(explainArmError({ code: 'OperationNotAllowed', message: 'Not now.' })).toBeNull();
    expect(explainArmError({ code: 'InternalServerError', message: '' })).toBeNull();
  });
});
