import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { azCreateCommand, azCreateScript } from './az-cli';
import { connectSnippets } from './connect-snippets';
import { emptyCreateRegistryForm, type CreateRegistryForm } from './create-registry-schema';
import { parseRegistryYml } from './registry-yml';
import { shellQuote } from './shell-quote';

const form = (overrides: Partial<CreateRegistryForm> = {}): CreateRegistryForm => ({
  ...emptyCreateRegistryForm(),
  subscriptionId: '5f1a9c3e-2b7d-4e8f-9a6b-1c2d3e4f5a6b',
  resourceGroup: { mode: 'existing', name: 'ContosoML' },
  name: `reg${crypto.randomUUID().slice(0, 8)}`,
  primaryRegion: 'eastus',
  ...overrides,
});

describe('azCreateCommand', () => {
  it('builds the az ml command for a registry.yml', () => {
    expect(azCreateCommand(form())).toBe('az ml registry create --subscription 5f1a9c3e-2b7d-4e8f-9a6b-1c2d3e4f5a6b --resource-group ContosoML --file registry.yml');
  });

  it('quotes what bash would otherwise interpret', () => {
    expect(shellQuote("rg(prod)'s")).toBe(`'rg(prod)'\\''s'`);
    expect(shellQuote('')).toBe("''");
    expect(azCreateCommand(form({ resourceGroup: { mode: 'existing', name: 'rg-(ml)' } }), { file: 'my registry.yml' })).toContain("--resource-group 'rg-(ml)' --file 'my registry.yml'");
  });

  it('writes a script whose heredoc reproduces the yml byte for byte in bash, $ and backticks included', () => {
    const f = form({ description: 'costs $HOME `whoami` $(id)', resourceGroup: { mode: 'new', name: 'rg-new', location: 'westus' } });
    const script = azCreateScript(f);
    expect(script).toContain('az group create --subscription 5f1a9c3e-2b7d-4e8f-9a6b-1c2d3e4f5a6b --name rg-new --location westus\n');
    const dir = mkdtempSync(join(tmpdir(), 'az-cli-test-'));
    const fileWriting = script.split('\n').slice(0, script.split('\n').indexOf('REGISTRY_YML') + 1).join('\n');
    execFileSync('bash', ['-c', fileWriting], { cwd: dir });
    const written = readFileSync(join(dir, 'registry.yml'), 'utf8');
    const parsed = parseRegistryYml(written);
    expect(parsed.ok && parsed.form.description).toBe('costs $HOME `whoami` $(id)');
  });
});

describe('connectSnippets', () => {
  it('gives the CLI, Python SDK and asset id prefix for a registry', () => {
    const snippets = connectSnippets({ name: 'ContosoShared', location: 'eastus' });
    expect(snippets.cli.split('\n')[0]).toBe('az ml model list --registry-name ContosoShared');
    expect(snippets.python).toContain('MLClient(credential=DefaultAzureCredential(), registry_name="ContosoShared", registry_location="eastus")');
    expect(snippets.python).toContain('from azure.ai.ml import MLClient');
    expect(snippets.assetIdPrefix).toBe('azureml://registries/ContosoShared/');
  });
});
