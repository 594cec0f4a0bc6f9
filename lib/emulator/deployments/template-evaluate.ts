// Evaluates a whole deployment template before anything runs: parameters, variables (lazily, with
// cycle detection), each resource's name and body, `dependsOn` (by resource id, `type/name` or name) and
// outputs. Constructs the engine does not implement (copy loops, conditions, nested resources, symbolic
// names, unsupported types) are 400 InvalidTemplate, never ignored.
import { createHash } from 'node:crypto';
import type { EvaluationScope } from './expression-evaluator';
import { evaluateValue } from './expression-evaluator';
import { SUPPORTED_TEMPLATE_TYPES, templateResourceProvider } from './resource-providers';
import { TemplateProblem, invalidTemplate } from './template-errors';
import { echoParameter, parameterDeclarations, resolveParameter, suppliedParameterValues } from './template-parameters';
import { orderByDependencies, resolveDependsOn } from './template-dependencies';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One template resource after evaluation. */
export interface EvaluatedResource {
  index: number;
  type: string;
  apiVersion: string;
  name: string;
  id: string;
  /** The PUT body for its provider (location, tags, identity, sku, kind, properties…). */
  body: Json;
  /** Indices of the resources it depends on. */
  dependsOn: number[];
}

/** A template ready to run. */
export interface EvaluatedTemplate {
  parameters: Record<string, { type: string; value?: unknown }>;
  resources: EvaluatedResource[];
  outputs: Record<string, { type: string; value: unknown }>;
  templateHash: string;
}

/** Where the deployment runs. */
export interface DeploymentScope {
  subscriptionId: string;
  resourceGroup: string;
  resourceGroupLocation: string;
}

const UNSUPPORTED_RESOURCE_KEYS = ['copy', 'condition', 'resources', 'scope', 'existing'];
const NOT_IN_BODY = new Set(['type', 'apiVersion', 'name', 'dependsOn', 'comments', 'metadata']);

/** ARM's templateHash: a stable 64-bit number (as a decimal string) of the template. */
export function templateHash(template: unknown): string {
  return BigInt(`0x${createHash('sha256').update(JSON.stringify(template)).digest('hex').slice(0, 16)}`).toString();
}

function lazyScope(template: Json, suppliedRaw: unknown, where: DeploymentScope): EvaluationScope {
  const declared = parameterDeclarations(template);
  const supplied = suppliedParameterValues(declared, suppliedRaw);
  const variables = template.variables ?? {};
  if (!isObject(variables)) throw invalidTemplate("The template property 'variables' must be an object", 'variables');
  if ('copy' in variables) throw invalidTemplate("The template property 'variables.copy' is not supported by the emulator's template engine", 'variables.copy');
  const params = new Map<string, unknown>();
  const vars = new Map<string, unknown>();
  const evaluating = new Set<string>();
  const find = (names: Json, name: string) => Object.keys(names).find((k) => k.toLowerCase() === name.toLowerCase());
  const scope: EvaluationScope = {
    resourceGroupLocation: where.resourceGroupLocation,
    allowVariables: true,
    parameter(name) {
      const key = find(declared, name);
      if (!key) throw new TemplateProblem(`The template parameter '${name}' is not found`);
      if (!params.has(key)) params.set(key, resolveParameter(key, declared[key], supplied, scope));
      return params.get(key);
    },
    variable(name) {
      const key = find(variables, name);
      if (!key) throw new TemplateProblem(`The template variable '${name}' is not found`);
      if (!vars.has(key)) {
        if (evaluating.has(key)) throw new TemplateProblem(`The template variable '${key}' refers to itself`);
        evaluating.add(key);
        vars.set(key, evaluateValue(variables[key], scope, { kind: 'variable', name: key, path: `variables.${key}` }));
        evaluating.delete(key);
      }
      return vars.get(key);
    },
  };
  return scope;
}

function evaluateResource(raw: unknown, index: number, scope: EvaluationScope, where: DeploymentScope): EvaluatedResource & { rawDependsOn: string[] } {
  const path = `resources[${index}]`;
  if (!isObject(raw)) throw invalidTemplate(`The template resource at '${path}' must be an object`, path);
  const label = typeof raw.name === 'string' ? raw.name : `#${index}`;
  for (const key of UNSUPPORTED_RESOURCE_KEYS) {
    if (key in raw) throw invalidTemplate(`The template resource '${label}' at '${path}' is not valid: the property '${key}' is not supported by the emulator's template engine`, `${path}.${key}`);
  }
  if (typeof raw.type !== 'string' || typeof raw.apiVersion !== 'string' || typeof raw.name !== 'string') {
    throw invalidTemplate(`The template resource '${label}' at '${path}' is not valid: 'type', 'apiVersion' and 'name' are required strings`, path);
  }
  const provider = templateResourceProvider(raw.type);
  if (!provider) {
    throw invalidTemplate(`The template resource '${label}' at '${path}' is not valid: the resource type '${raw.type}' is not supported by the emulator's deployment engine (supported: ${SUPPORTED_TEMPLATE_TYPES.join(', ')})`, `${path}.type`);
  }
  const loc = { kind: 'resource' as const, name: label };
  const name = evaluateValue(raw.name, scope, { ...loc, path: `${path}.name` });
  if (typeof name !== 'string' || !name) throw invalidTemplate(`The template resource '${label}' at '${path}' is not valid: its name must evaluate to a non-empty string`, `${path}.name`);
  const dependsOnRaw = raw.dependsOn ?? [];
  if (!Array.isArray(dependsOnRaw)) throw invalidTemplate(`The template resource '${label}' at '${path}' is not valid: 'dependsOn' must be an array`, `${path}.dependsOn`);
  const rawDependsOn = dependsOnRaw.map((d, i) => {
    const v = evaluateValue(d, scope, { ...loc, path: `${path}.dependsOn[${i}]` });
    if (typeof v !== 'string') throw invalidTemplate(`The template resource '${label}' at '${path}.dependsOn[${i}]' is not valid: a dependency must be a string`, `${path}.dependsOn[${i}]`);
    return v;
  });
  const body: Json = {};
  for (const [k, v] of Object.entries(raw)) if (!NOT_IN_BODY.has(k)) body[k] = evaluateValue(v, scope, { ...loc, path: `${path}.${k}` });
  const id = `/subscriptions/${where.subscriptionId}/resourceGroups/${where.resourceGroup}/providers/${provider.type}/${name}`;
  return { index, type: provider.type, apiVersion: raw.apiVersion, name, id, body, dependsOn: [], rawDependsOn };
}

function evaluateOutputs(template: Json, scope: EvaluationScope): EvaluatedTemplate['outputs'] {
  const outputs = template.outputs ?? {};
  if (!isObject(outputs)) throw invalidTemplate("The template property 'outputs' must be an object", 'outputs');
  const result: EvaluatedTemplate['outputs'] = {};
  for (const [name, out] of Object.entries(outputs)) {
    if (!isObject(out) || typeof out.type !== 'string') throw invalidTemplate(`The template output '${name}' must have a 'type'`, `outputs.${name}`);
    result[name] = { type: out.type, value: evaluateValue(out.value, scope, { kind: 'output', name, path: `outputs.${name}.value` }) };
  }
  return result;
}

/** Evaluates a template with its parameter values; throws 400 InvalidTemplate on anything it cannot run. */
export function evaluateTemplate(template: unknown, parameters: unknown, where: DeploymentScope): EvaluatedTemplate {
  if (!isObject(template)) throw invalidTemplate('The template must be a JSON object', 'properties.template');
  if ('languageVersion' in template) throw invalidTemplate("The template property 'languageVersion' (symbolic-name templates) is not supported by the emulator's template engine", 'languageVersion');
  if (!Array.isArray(template.resources)) throw invalidTemplate("The template property 'resources' must be an array", 'resources');
  const scope = lazyScope(template, parameters, where);
  const declared = parameterDeclarations(template);
  const echoed: EvaluatedTemplate['parameters'] = {};
  for (const [name, decl] of Object.entries(declared)) echoed[name] = echoParameter(decl, scope.parameter(name));
  const evaluated = template.resources.map((r, i) => evaluateResource(r, i, scope, where));
  const ids = new Set<string>();
  for (const r of evaluated) {
    if (ids.has(r.id.toLowerCase())) throw invalidTemplate(`The resource '${r.id}' at 'resources[${r.index}]' is defined multiple times in the template`, `resources[${r.index}]`);
    ids.add(r.id.toLowerCase());
  }
  const resources = resolveDependsOn(evaluated);
  orderByDependencies(resources);
  return { parameters: echoed, resources, outputs: evaluateOutputs(template, scope), templateHash: templateHash(template) };
}
