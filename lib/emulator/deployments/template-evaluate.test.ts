// The template engine's subset: parameters (defaults, types, allowed values), variables, concat of
// strings and of arrays, resourceGroup().location, nested values, dependsOn ordering — and loud 400
// InvalidTemplate for everything else, naming the expression and where it is.
import { describe, expect, it } from 'vitest';
import { isArmHttpError } from '../errors';
import { evaluateTemplate } from './template-evaluate';

const where = { subscriptionId: 'sub-1', resourceGroup: 'rg-1', resourceGroupLocation: 'westus2' };
const registry = (name: string, extra: Record<string, unknown> = {}) => ({
  type: 'Microsoft.MachineLearningServices/registries',
  apiVersion: '2025-09-01',
  name,
  location: '[parameters(\'location\')]',
  properties: {},
  ...extra,
});

function failure(fn: () => unknown): { code: string; message: string; target?: string } {
  try {
    fn();
  } catch (e) {
    if (isArmHttpError(e)) return { code: e.code, message: e.message, target: e.target };
    throw e;
  }
  throw new Error('expected an ARM error');
}

describe('evaluateTemplate', () => {
  it('evaluates parameters, defaults, variables, concat and resourceGroup().location, nested anywhere', () => {
    const template = {
      parameters: {
        name: { type: 'string', minLength: 3 },
        location: { type: 'string', defaultValue: '[resourceGroup().location]' },
        tags: { type: 'object', defaultValue: { team: 'ml' } },
      },
      variables: { prefix: "[concat(parameters('name'), '-')]", regions: "[concat(variables('a'), variables('b'))]", a: ['eastus'], b: ['westeurope'] },
      resources: [registry("[concat(variables('prefix'), 'reg')]", { tags: "[parameters('tags')]", properties: { list: "[variables('regions')]", literal: '[[not an expression]' } })],
      outputs: { where: { type: 'string', value: "[concat('in ', parameters('location'))]" } },
    };
    const t = evaluateTemplate(template, { name: { value: 'abc' } }, where);
    expect(t.resources[0]).toMatchObject({
      name: 'abc-reg',
      id: '/subscriptions/sub-1/resourceGroups/rg-1/providers/Microsoft.MachineLearningServices/registries/abc-reg',
      body: { location: 'westus2', tags: { team: 'ml' }, properties: { list: ['eastus', 'westeurope'], literal: '[not an expression]' } },
    });
    expect(t.parameters).toEqual({ name: { type: 'String', value: 'abc' }, location: { type: 'String', value: 'westus2' }, tags: { type: 'Object', value: { team: 'ml' } } });
    expect(t.outputs).toEqual({ where: { type: 'string', value: 'in westus2' } });
    expect(t.templateHash).toMatch(/^\d+$/);
  });

  it('resolves dependsOn by resource id, type/name and name, and refuses cycles and unknown names', () => {
    const params = { location: { type: 'string', defaultValue: 'eastus' } };
    const t = evaluateTemplate(
      { parameters: params, resources: [registry('a', { dependsOn: ['Microsoft.MachineLearningServices/registries/b'] }), registry('b', { dependsOn: ['c'] }), registry('c')] },
      {},
      where,
    );
    expect(t.resources.map((r) => r.dependsOn)).toEqual([[1], [2], []]);
    expect(failure(() => evaluateTemplate({ parameters: params, resources: [registry('a', { dependsOn: ['b'] }), registry('b', { dependsOn: ['a'] })] }, {}, where)).message).toContain('Circular dependency');
    expect(failure(() => evaluateTemplate({ parameters: params, resources: [registry('a', { dependsOn: ['zzz'] })] }, {}, where)).message).toContain("'zzz'");
  });

  it('names an unsupported function, its expression and its location', () => {
    const err = failure(() => evaluateTemplate({ parameters: {}, resources: [registry('x', { location: "[toLower(resourceGroup().location)]" })] }, {}, where));
    expect(err.code).toBe('InvalidTemplate');
    expect(err.message).toContain("The template function 'toLower' is not supported");
    expect(err.message).toContain("[toLower(resourceGroup().location)]");
    expect(err.target).toBe('resources[0].location');
  });

  it('refuses missing values, wrong types, disallowed values, unknown parameters and copy loops', () => {
    const decl = { location: { type: 'string', allowedValues: ['eastus'] } };
    expect(failure(() => evaluateTemplate({ parameters: decl, resources: [registry('x')] }, {}, where)).target).toBe('parameters.location');
    expect(failure(() => evaluateTemplate({ parameters: decl, resources: [registry('x')] }, { location: { value: 3 } }, where)).message).toContain("Expected a value of type 'String'");
    expect(failure(() => evaluateTemplate({ parameters: decl, resources: [registry('x')] }, { location: { value: 'westus' } }, where)).message).toContain('must be one of');
    expect(failure(() => evaluateTemplate({ parameters: decl, resources: [] }, { location: { value: 'eastus' }, other: { value: 1 } }, where)).message).toContain("'other'");
    expect(failure(() => evaluateTemplate({ parameters: {}, resources: [{ ...registry('x'), copy: { name: 'c', count: 2 } }] }, {}, where)).target).toBe('resources[0].copy');
    expect(failure(() => evaluateTemplate({ resources: [{ ...registry('x'), type: 'Microsoft.Storage/storageAccounts' }] }, {}, where)).message).toContain('is not supported');
    expect(failure(() => evaluateTemplate({ parameters: {}, resources: [registry("[parameters('x'")] }, {}, where)).message).toContain('not valid');
  });
});
