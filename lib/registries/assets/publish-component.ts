// A new component version from its YAML (a command component, as `az ml component create -f` reads it).
// The `yaml` package parses with source positions (LineCounter, node ranges), so every problem — a YAML
// syntax error or a field the component schema refuses — is reported at its line and column in the editor,
// which JSON-schema-style validation of a plain object cannot do. The parsed spec becomes `componentSpec`.
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import type { WireAssetVersion } from '@/lib/arm/asset-wire-types';
import { assetDescriptionSchema, assetNameSchema, assetVersionSchema } from './publish-common';

/** A problem in the YAML, 1-based line and column. */
export interface YamlProblem {
  line: number;
  column: number;
  message: string;
}

// The input/output types a command component may declare (the CLI's commandComponent.schema.json).
const INPUT_TYPES = ['string', 'integer', 'number', 'boolean', 'uri_file', 'uri_folder', 'mltable', 'mlflow_model', 'custom_model', 'triton_model'] as const;
const OUTPUT_TYPES = ['uri_file', 'uri_folder', 'mltable', 'mlflow_model', 'custom_model', 'triton_model'] as const;
const PORT_NAME = /^[a-zA-Z_][a-zA-Z0-9_]{0,254}$/;

const portName = z.string().regex(PORT_NAME, { error: 'Input and output names start with a letter or "_" and use letters, digits and "_".' });
const inputSchema = z.looseObject({ type: z.enum(INPUT_TYPES, { error: `Use one of: ${INPUT_TYPES.join(', ')}.` }), optional: z.boolean().optional(), description: z.string().optional() });
const outputSchema = z.looseObject({ type: z.enum(OUTPUT_TYPES, { error: `Use one of: ${OUTPUT_TYPES.join(', ')}.` }), description: z.string().optional() });
const scalarTag = z.union([z.string(), z.number(), z.boolean()]);

/** The command component document (top-level fields the CLI knows; others are refused at their line). */
export const commandComponentSchema = z.strictObject({
  $schema: z.string().optional(),
  name: assetNameSchema,
  version: assetVersionSchema,
  display_name: z.string().max(256).optional(),
  description: assetDescriptionSchema.optional(),
  tags: z.record(z.string(), scalarTag, { error: 'tags must map names to text.' }).optional(),
  type: z.literal('command', { error: 'Only command components can be published here: set type: command.' }),
  command: z.string({ error: 'command is required: the command line the component runs.' }).trim().min(1, { error: 'command cannot be empty.' }),
  environment: z.union([z.string().min(1), z.record(z.string(), z.unknown())], { error: 'environment is required: azureml:<name>:<version>, an azureml://registries/… URI, or an inline environment.' }),
  code: z.string().optional(),
  inputs: z.record(portName, inputSchema).optional(),
  outputs: z.record(portName, outputSchema).optional(),
  resources: z.record(z.string(), z.unknown()).optional(),
  distribution: z.record(z.string(), z.unknown()).optional(),
  is_deterministic: z.boolean().optional(),
  additional_includes: z.array(z.string()).optional(),
});
/** A parsed command component. */
export type CommandComponent = z.output<typeof commandComponentSchema>;

// Where a zod path points in the document: the deepest node that exists along it (a missing field is
// reported at the mapping that should hold it), or the key itself for an unknown field.
function positionOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[], unknownKey?: string): { line: number; col: number } {
  const segments = path.map((s) => (typeof s === 'number' ? s : String(s)));
  for (let n = segments.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(segments.slice(0, n), true);
    if (!isNode(node) || !node.range) continue;
    if (unknownKey !== undefined && n === segments.length && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === unknownKey);
      if (pair && isNode(pair.key) && pair.key.range) return counter.linePos(pair.key.range[0]);
    }
    return counter.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}

// `version: 1.10` is a number to YAML (1.1): the version is taken from the source text as written.
function versionAsWritten(doc: Document, text: string): string | undefined {
  const node = doc.getIn(['version'], true);
  if (isScalar(node) && typeof node.value === 'number' && node.range) return text.slice(node.range[0], node.range[1]).trim();
  return undefined;
}

/** The component, or every problem with its line and column (syntax errors first, then schema problems). */
export function parseComponentYaml(text: string): { ok: true; component: CommandComponent } | { ok: false; problems: YamlProblem[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const at = counter.linePos(e.pos[0]);
        return { line: at.line, column: at.col, message: e.message.split('\n')[0] };
      }),
    };
  }
  const raw: unknown = doc.toJS();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ line: 1, column: 1, message: 'The YAML must be a mapping: name, version, type, command, environment, inputs, outputs.' }] };
  }
  const written = versionAsWritten(doc, text);
  const parsed = commandComponentSchema.safeParse(written ? { ...raw, version: written } : raw);
  if (parsed.success) return { ok: true, component: parsed.data };
  const problems = parsed.error.issues.flatMap((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    return keys.map((key) => {
      const at = positionOf(doc, counter, issue.path, key);
      const field = key ?? issue.path.join('.');
      const message = key ? `Unknown field "${key}": a command component has no such field.` : field ? `${field}: ${issue.message}` : issue.message;
      return { line: at.line, column: at.col, message };
    });
  });
  return { ok: false, problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) };
}

/** "Line 3, column 5: …" — how a problem reads beside the editor and in a server action's field error. */
export function describeYamlProblem(p: YamlProblem): string {
  return `Line ${p.line}, column ${p.column}: ${p.message}`;
}

export const componentInputSchema = z.strictObject({
  kind: z.literal('components'),
  yaml: z
    .string({ error: 'Paste the component YAML.' })
    .max(200_000, { error: 'Use a component YAML under 200,000 characters.' })
    .transform((text, ctx) => {
      const result = parseComponentYaml(text);
      if (result.ok) return result.component;
      for (const p of result.problems.slice(0, 20)) ctx.addIssue({ code: 'custom', message: describeYamlProblem(p) });
      return z.NEVER;
    }),
});
/** What the component form sends. */
export type ComponentInput = z.input<typeof componentInputSchema>;
/** Parsed: the component in `yaml`. */
export type ParsedComponentInput = z.output<typeof componentInputSchema>;

/** The version body: the spec as JSON, its description and tags beside it. */
export function componentVersionBody(component: CommandComponent): WireAssetVersion {
  const tags = Object.fromEntries(Object.entries(component.tags ?? {}).map(([k, v]) => [k, String(v)]));
  return { properties: { description: component.description ?? null, tags, componentSpec: component as Record<string, unknown> } };
}
