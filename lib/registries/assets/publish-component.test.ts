import { describe, expect, it } from 'vitest';
import { componentInputSchema, parseComponentYaml } from './publish-component';

const GOOD = `$schema: https://azuremlschemas.azureedge.net/latest/commandComponent.schema.json
name: train_model
version: 1.10
type: command
description: Trains it
tags:
  team: risk
inputs:
  data:
    type: uri_folder
  epochs:
    type: integer
    default: 3
outputs:
  model:
    type: mlflow_model
command: python train.py --data \${{inputs.data}}
environment: azureml://registries/contoso/environments/sklearn-1-5/versions/1
`;

describe('parseComponentYaml', () => {
  it('parses a command component, keeping the version as written', () => {
    const result = parseComponentYaml(GOOD);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.component).toMatchObject({ name: 'train_model', version: '1.10', inputs: { epochs: { type: 'integer', default: 3 } } });
  });

  it('reports a YAML syntax error at its line and column', () => {
    const result = parseComponentYaml('name: a\nversion: 1\nname: b\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ line: 3, column: 1, message: expect.stringMatching(/unique/) });
  });

  it('reports schema problems where they are: a bad input type at its value, an unknown field at its key', () => {
    const yaml = GOOD.replace('type: integer', 'type: integr').replace('description: Trains it', 'descripton: Trains it');
    const result = parseComponentYaml(yaml);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { line: 5, column: 1, message: 'Unknown field "descripton": a command component has no such field.' },
      expect.objectContaining({ line: 12, column: 11, message: expect.stringContaining('inputs.epochs.type') }),
    ]);
  });

  it('reports a missing required field at the mapping that lacks it', () => {
    const result = parseComponentYaml('name: x\nversion: 1\ntype: command\nenvironment: azureml:env:1\n');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ line: 1, column: 1, message: expect.stringMatching(/^command: /) }]);
  });

  it('the action schema turns problems into line/column messages', () => {
    const parsed = componentInputSchema.safeParse({ kind: 'components', yaml: 'name: x\ntype: pipeline\n' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain('Line 2, column 7: type: Only command components can be published here: set type: command.');
  });
});
