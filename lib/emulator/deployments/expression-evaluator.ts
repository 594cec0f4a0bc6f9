// Evaluates template values: objects and arrays recursively, and every `[...]` string as an expression.
// Only the subset the console's templates use is supported (issue 3): parameters(), variables(),
// resourceGroup().location and concat() of strings or of arrays. Anything else is a 400 InvalidTemplate
// that names the function and where it is, never a silent pass-through.
import type { ExpressionNode } from './expression-parser';
import { ExpressionSyntaxError, isExpression, parseExpression, unescapeLiteral } from './expression-parser';
import { TemplateProblem, invalidTemplate } from './template-errors';

/** What expressions can see while evaluating one template. */
export interface EvaluationScope {
  parameter(name: string): unknown;
  variable(name: string): unknown;
  resourceGroupLocation: string;
  /** ARM forbids variables() inside parameter defaults. */
  allowVariables: boolean;
}

/** Where a value sits in the template, for error messages: "The template resource 'x' at 'resources[0].name'". */
export interface TemplateLocation {
  kind: 'resource' | 'parameter' | 'variable' | 'output';
  name: string;
  path: string;
}

const RESOURCE_GROUP = Symbol('resourceGroup()');
type Value = unknown;

function evaluateNode(node: ExpressionNode, scope: EvaluationScope): Value {
  switch (node.kind) {
    case 'string':
    case 'number':
      return node.value;
    case 'member':
      return member(evaluateNode(node.target, scope), evaluateNode(node.property, scope), scope);
    case 'call':
      return call(node.name, node.args.map((a) => evaluateNode(a, scope)), scope);
  }
}

function member(target: Value, property: Value, scope: EvaluationScope): Value {
  if (target === RESOURCE_GROUP && typeof property === 'string' && property.toLowerCase() === 'location') return scope.resourceGroupLocation;
  const of = target === RESOURCE_GROUP ? 'resourceGroup()' : 'a value';
  throw new TemplateProblem(`The template language property '${String(property)}' of ${of} is not supported; only resourceGroup().location is`);
}

function nameArgument(fn: string, args: Value[]): string {
  if (args.length !== 1 || typeof args[0] !== 'string') throw new TemplateProblem(`The template function '${fn}' expects exactly one string argument`);
  return args[0];
}

function concat(args: Value[]): Value {
  if (args.length === 0) throw new TemplateProblem("The template function 'concat' expects at least one argument");
  if (args.every(Array.isArray)) return (args as Value[][]).flat(1);
  if (args.every((a) => ['string', 'number', 'boolean'].includes(typeof a))) return args.map(String).join('');
  throw new TemplateProblem("The provided arguments for template language function 'concat' are not valid: all arguments must be strings, or all arrays");
}

const SUPPORTED = ['parameters', 'variables', 'resourcegroup', 'concat'];

// Names the first unsupported function anywhere in the expression, before evaluating any of it.
function assertSupported(node: ExpressionNode): void {
  if (node.kind === 'call') {
    if (!SUPPORTED.includes(node.name.toLowerCase())) {
      throw new TemplateProblem(`The template function '${node.name}' is not supported. Supported functions: parameters, variables, resourceGroup, concat`);
    }
    node.args.forEach(assertSupported);
  } else if (node.kind === 'member') {
    assertSupported(node.target);
    assertSupported(node.property);
  }
}

function call(name: string, resolved: Value[], scope: EvaluationScope): Value {
  if (resolved.some((a) => a === RESOURCE_GROUP)) throw new TemplateProblem("The value of 'resourceGroup()' can only be used as resourceGroup().location");
  switch (name.toLowerCase()) {
    case 'parameters':
      return scope.parameter(nameArgument('parameters', resolved));
    case 'variables':
      if (!scope.allowVariables) throw new TemplateProblem("The template function 'variables' is not expected at this location");
      return scope.variable(nameArgument('variables', resolved));
    case 'resourcegroup':
      if (resolved.length) throw new TemplateProblem("The template function 'resourceGroup' takes no arguments in the emulator");
      return RESOURCE_GROUP;
    case 'concat':
      return concat(resolved);
    default:
      throw new TemplateProblem(`The template function '${name}' is not supported. Supported functions: parameters, variables, resourceGroup, concat`);
  }
}

/** Evaluates one expression string (`[...]`); problems become 400 InvalidTemplate naming the expression and location. */
export function evaluateExpression(text: string, scope: EvaluationScope, where: TemplateLocation): Value {
  try {
    const node = parseExpression(text);
    assertSupported(node);
    const value = evaluateNode(node, scope);
    if (value === RESOURCE_GROUP) throw new TemplateProblem("The value of 'resourceGroup()' can only be used as resourceGroup().location");
    return value;
  } catch (e) {
    if (!(e instanceof TemplateProblem) && !(e instanceof ExpressionSyntaxError)) throw e;
    const reason = e instanceof ExpressionSyntaxError ? `The language expression is not valid: ${e.message}` : e.message;
    throw invalidTemplate(`The template ${where.kind} '${where.name}' at '${where.path}' is not valid: ${reason}. The expression is '${text}'`, where.path);
  }
}

/** Evaluates a template value deeply (objects, arrays, expression strings). */
export function evaluateValue(value: Value, scope: EvaluationScope, where: TemplateLocation): Value {
  if (typeof value === 'string') return isExpression(value) ? evaluateExpression(value, scope, where) : unescapeLiteral(value);
  if (Array.isArray(value)) return value.map((v, i) => evaluateValue(v, scope, { ...where, path: `${where.path}[${i}]` }));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, evaluateValue(v, scope, { ...where, path: `${where.path}.${k}` })]));
  }
  return value;
}
