// Template parameters: the supplied values (`{name: {value}}`) checked against the declarations (type,
// allowedValues, lengths, ranges), defaults evaluated when no value is given. Every problem is 400
// InvalidTemplate naming the parameter, as ARM reports it.
import type { EvaluationScope } from './expression-evaluator';
import { evaluateValue } from './expression-evaluator';
import { invalidTemplate } from './template-errors';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** ARM's parameter types (lowercase) and how a deployment echoes them. */
const TYPES: Record<string, string> = {
  string: 'String',
  securestring: 'SecureString',
  int: 'Int',
  bool: 'Bool',
  object: 'Object',
  secureobject: 'SecureObject',
  array: 'Array',
};

function fitsType(type: string, value: unknown): boolean {
  switch (type) {
    case 'string':
    case 'securestring':
      return typeof value === 'string';
    case 'int':
      return typeof value === 'number' && Number.isInteger(value);
    case 'bool':
      return typeof value === 'boolean';
    case 'object':
    case 'secureobject':
      return isObject(value);
    default:
      return Array.isArray(value);
  }
}

/** The declared parameters, validated. */
export function parameterDeclarations(template: Json): Record<string, Json> {
  const declared = template.parameters ?? {};
  if (!isObject(declared)) throw invalidTemplate("The template property 'parameters' must be an object", 'parameters');
  for (const [name, decl] of Object.entries(declared)) {
    if (!isObject(decl) || typeof decl.type !== 'string' || !TYPES[decl.type.toLowerCase()]) {
      throw invalidTemplate(`The template parameter '${name}' has no valid 'type'; expected one of ${Object.values(TYPES).join(', ')}`, `parameters.${name}`);
    }
  }
  return declared as Record<string, Json>;
}

/** Checks the supplied parameter values: no unknown names, no Key Vault references (no vault here). */
export function suppliedParameterValues(declared: Record<string, Json>, supplied: unknown): Record<string, unknown> {
  if (supplied === undefined || supplied === null) return {};
  if (!isObject(supplied)) throw invalidTemplate("The deployment property 'parameters' must be an object of {name: {value}}", 'properties.parameters');
  const known = new Map(Object.keys(declared).map((k) => [k.toLowerCase(), k]));
  const unknown = Object.keys(supplied).filter((k) => !known.has(k.toLowerCase()));
  if (unknown.length) {
    throw invalidTemplate(`The template parameters '${unknown.join(', ')}' in the parameters file are not valid; they are not present in the original template and can therefore not be provided at deployment time. The only supported parameters for this template are '${Object.keys(declared).join(', ')}'`, 'properties.parameters');
  }
  const values: Record<string, unknown> = {};
  for (const [k, entry] of Object.entries(supplied)) {
    if (!isObject(entry) || !('value' in entry)) {
      const reason = isObject(entry) && 'reference' in entry ? 'Key Vault references are not supported by the emulator' : "expected {value: …}";
      throw invalidTemplate(`The value for the template parameter '${k}' is not valid: ${reason}`, `properties.parameters.${k}`);
    }
    values[known.get(k.toLowerCase())!] = entry.value;
  }
  return values;
}

function checkConstraints(name: string, decl: Json, value: unknown): void {
  const type = String(decl.type).toLowerCase();
  const where = `parameters.${name}`;
  if (!fitsType(type, value)) throw invalidTemplate(`The provided value for the template parameter '${name}' is not valid. Expected a value of type '${TYPES[type]}'`, where);
  if (Array.isArray(decl.allowedValues) && !decl.allowedValues.some((a) => JSON.stringify(a) === JSON.stringify(value))) {
    throw invalidTemplate(`The provided value '${String(value)}' for the template parameter '${name}' is not valid. The value must be one of: ${decl.allowedValues.join(', ')}`, where);
  }
  const length = typeof value === 'string' || Array.isArray(value) ? value.length : undefined;
  if (length !== undefined && typeof decl.minLength === 'number' && length < decl.minLength) {
    throw invalidTemplate(`The provided value for the template parameter '${name}' is not valid. Length must be at least ${decl.minLength}`, where);
  }
  if (length !== undefined && typeof decl.maxLength === 'number' && length > decl.maxLength) {
    throw invalidTemplate(`The provided value for the template parameter '${name}' is not valid. Length must be at most ${decl.maxLength}`, where);
  }
  if (typeof value === 'number' && typeof decl.minValue === 'number' && value < decl.minValue) {
    throw invalidTemplate(`The provided value for the template parameter '${name}' is not valid. It must be at least ${decl.minValue}`, where);
  }
  if (typeof value === 'number' && typeof decl.maxValue === 'number' && value > decl.maxValue) {
    throw invalidTemplate(`The provided value for the template parameter '${name}' is not valid. It must be at most ${decl.maxValue}`, where);
  }
}

/** Resolves one parameter: the supplied value, else its evaluated defaultValue, else 400 InvalidTemplate. */
export function resolveParameter(name: string, decl: Json, supplied: Record<string, unknown>, scope: EvaluationScope): unknown {
  let value: unknown;
  if (name in supplied) value = supplied[name];
  else if ('defaultValue' in decl) value = evaluateValue(decl.defaultValue, { ...scope, allowVariables: false }, { kind: 'parameter', name, path: `parameters.${name}.defaultValue` });
  else throw invalidTemplate(`The value for the template parameter '${name}' at 'parameters.${name}' is not provided`, `parameters.${name}`);
  checkConstraints(name, decl, value);
  return value;
}

/** How a deployment echoes a parameter: `{type: 'String', value}` (secure values are never echoed). */
export function echoParameter(decl: Json, value: unknown): { type: string; value?: unknown } {
  const type = TYPES[String(decl.type).toLowerCase()];
  return type.startsWith('Secure') ? { type } : { type, value };
}
