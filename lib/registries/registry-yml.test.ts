import { describe, expect, it } from 'vitest';
import { emptyCreateRegistryForm, type CreateRegistryForm } from './create-registry-schema';
import { MAX_REGISTRY_YML_BYTES, parseRegistryYml, registryYmlFromWire, toRegistryYml } from './registry-yml';
import { makeWireRegistry } from './wire-registry.fixture';

const uniqueName = () => `reg${crypto.randomUUID().slice(0, 8)}`;

function errorsOf(text: string) {
  const result = parseRegistryYml(text);
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.form)}`);
  return result.errors;
}

describe('parseRegistryYml: the seed form', () => {
  it('reads the seed doc example', () => {
    const result = parseRegistryYml(
      'type: registry\ndescription: Platform to share machine learning models, components and environments\n' +
        'name: HelloWorldReg\nresource_group: ContosoML\nprimary_location: eastus\nlocations:\n - eastus2\n - westus\n',
    );
    expect(result).toEqual({
      ok: true,
      format: 'seed',
      warnings: [],
      form: {
        name: 'HelloWorldReg',
        description: 'Platform to share machine learning models, components and environments',
        resourceGroup: { mode: 'existing', name: 'ContosoML' },
        primaryRegion: 'eastus',
        additionalRegions: ['eastus2', 'westus'],
      },
    });
  });

  it('drops the primary from locations and reads display names with a warning', () => {
    const result = parseRegistryYml('type: registry\nname: abc\nprimary_location: eastus\nlocations: [eastus, West US]\n');
    expect(result.ok && result.form.additionalRegions).toEqual(['westus']);
    expect(result.ok && result.warnings).toEqual(['Line 4: region "West US" was read as "westus".']);
  });

  it('refuses CLI keys and a wrong type value inside the seed form, with lines', () => {
    expect(errorsOf('type: registry\nname: abc\nprimary_location: eastus\ntags:\n  a: b\n')).toEqual([
      expect.objectContaining({ line: 4, column: 1, path: 'tags', message: expect.stringContaining('Unknown key "tags" in the seed form') }),
    ]);
    expect(errorsOf('type: workspace\nname: abc\nprimary_location: eastus\n')[0]).toMatchObject({ line: 1, column: 7, message: 'type must be "registry", not "workspace".' });
  });
});

describe('parseRegistryYml: the CLI form', () => {
  const cli = (name: string) => `$schema: https://azuremlschemasprod.azureedge.net/latest/registry.schema.json
name: ${name}
description: Shared assets
tags:
  team: ml
  cost: 42
location: eastus
public_network_access: Disabled
container_registry:
  acr_account_sku: Premium
replication_locations:
  - location: eastus
  - location: westus
    storage_config:
      storage_account_hns: true
      storage_account_type: STANDARD_GRS
      replication_count: 1
`;

  it('reads every field, case-insensitive values included', () => {
    const name = uniqueName();
    const result = parseRegistryYml(cli(name));
    expect(result).toEqual({
      ok: true,
      format: 'cli',
      warnings: [],
      form: {
        name,
        description: 'Shared assets',
        tags: [{ name: 'team', value: 'ml' }, { name: 'cost', value: '42' }],
        primaryRegion: 'eastus',
        additionalRegions: ['westus'],
        advanced: {
          storage: { eastus: { type: 'Standard_LRS', hns: false }, westus: { type: 'Standard_GRS', hns: true } },
          publicNetworkAccess: 'Disabled',
        },
      },
    });
  });

  it('takes the description from tags when there is no description field', () => {
    const result = parseRegistryYml('name: abc\ntags:\n  description: From tags\n  team: x\nlocation: eastus\nreplication_locations:\n  - location: eastus\n');
    expect(result.ok && [result.form.description, result.form.tags]).toEqual(['From tags', [{ name: 'team', value: 'x' }]]);
  });

  it('warns about what the wizard cannot carry instead of dropping it silently', () => {
    const result = parseRegistryYml('name: abc\nlocation: eastus\nintellectual_property:\n  publisher: contoso\ndiscovery_url: https://x\nreplication_locations:\n  - location: eastus\n    storage_config:\n      replication_count: 3\n');
    expect(result.ok && result.warnings).toEqual([
      'Line 5: discovery_url is set by Azure, not by the file; it was ignored.',
      'Line 3: intellectual_property is not set by the wizard; it was ignored.',
      'Line 9: replication_count 3 was read as 1: the wizard creates one storage account per region.',
    ]);
  });

  it('reports unknown keys, wrong types and a missing primary with line numbers', () => {
    const errors = errorsOf(`name: [a, b]
location: eastus
public_network_access: sometimes
colour: blue
replication_locations:
  - location: westus
    storage_config:
      storage_account_hns: "yes"
      storage_account_type: hot_lrs
      replication_count: 0
      zone: 1
`);
    expect(errors.map((e) => [e.line, e.path])).toEqual([
      [4, 'colour'],
      [1, 'name'],
      [3, 'public_network_access'],
      [11, 'replication_locations.0.storage_config.zone'],
      [8, 'replication_locations.0.storage_config.storage_account_hns'],
      [9, 'replication_locations.0.storage_config.storage_account_type'],
      [10, 'replication_locations.0.storage_config.replication_count'],
      [5, 'replication_locations'],
    ]);
    expect(errors[1].message).toBe('name must be text, not a list.');
    expect(errors[4].message).toBe('replication_locations.0.storage_config.storage_account_hns must be true or false, not text.');
    expect(errors[7].message).toBe('replication_locations must include the primary location "eastus".');
  });

  it('refuses existing storage accounts and container registries, duplicates and missing keys', () => {
    const errors = errorsOf(`container_registry: /subscriptions/s/resourceGroups/r/providers/Microsoft.ContainerRegistry/registries/a
replication_locations:
  - location: eastus
    storage_config:
      - /subscriptions/s/resourceGroups/r/providers/Microsoft.Storage/storageAccounts/a
  - location: eastus
`);
    expect(errors.map((e) => [e.line, e.message])).toEqual([
      [1, 'container_registry: an existing container registry cannot be used; each registry gets its own Premium one.'],
      [1, '"name" is required.'],
      [1, '"location" is required.'],
      [5, expect.stringContaining('existing storage accounts cannot be used')],
      [6, 'replication_locations.1.location: "eastus" is listed twice.'],
    ]);
  });
});

describe('parseRegistryYml: bad files', () => {
  it('reports bad YAML with its line', () => {
    expect(errorsOf('name: abc\nlocation: [eastus\nreplication_locations: x\n')[0]).toMatchObject({ line: expect.any(Number), message: expect.stringMatching(/^Not valid YAML: /) });
    expect(errorsOf('name: a\nname: b\n')[0]).toMatchObject({ line: 2, column: 1, message: expect.stringContaining('unique') });
    expect(errorsOf('name: a\n---\nname: b\n')[0].line).toBe(2);
  });

  it('refuses files over 64 KB, saying on which line the limit is passed', () => {
    const line = `# ${'x'.repeat(98)}\n`; // 101 bytes
    const text = `name: abc\n${line.repeat(700)}`;
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(MAX_REGISTRY_YML_BYTES);
    const [error] = errorsOf(text);
    expect(error.message).toContain('larger than 64 KB');
    expect(error.line).toBe(650);
    const fits = `name: abc\nlocation: eastus\nreplication_locations: [{location: eastus}]\n${'#'.repeat(60_000)}\n`;
    expect(parseRegistryYml(fits).ok).toBe(true);
  });

  it('refuses empty files, scalars, lists and aliases', () => {
    expect(errorsOf('')[0].message).toContain('empty');
    expect(errorsOf('just text')[0].message).toBe('The file must be a mapping (key: value lines), not text.');
    expect(errorsOf('- a\n- b\n')[0].message).toContain('not a list');
    const aliased = errorsOf('name: &n abc\nlocation: *n\nreplication_locations: [{location: eastus}]\n');
    expect(aliased[0]).toMatchObject({ line: 2, message: expect.stringContaining('aliases') });
  });

  it('never throws on garbage (fuzz)', () => {
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pieces = ['name', 'location', 'replication_locations', 'type', 'registry', ':', ': ', '- ', '\n', '  ', '[', ']', '{', '}', ',', '"', "'", '&a', '*a', '!!str', '!!binary', '%YAML 1.2', '---', '...', '#', '?', '|', '>', 'storage_config', 'tags', '\t', '\u0000', '😀', '\\', 'null', '~', '1e999', '0x1F', 'true'];
    for (let i = 0; i < 2000; i++) {
      const length = Math.floor(random() * 60);
      let text = '';
      for (let j = 0; j < length; j++) {
        text += random() < 0.8 ? pieces[Math.floor(random() * pieces.length)] : String.fromCharCode(Math.floor(random() * 0x3000));
      }
      const result = parseRegistryYml(text);
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
    }
  });

  it('never throws on mutations of a valid file (fuzz)', () => {
    const valid = toRegistryYml({ ...emptyCreateRegistryForm(), name: uniqueName(), primaryRegion: 'eastus', additionalRegions: ['westus'], tags: [{ name: 'a', value: 'b' }] }, 'cli');
    let seed = 777;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const inserts = [':', '- ', '\n', '  ', '[', '{', '"', '&x ', '*x', '!!int ', 'null', '1', 'true', 'x: y\n'];
    let accepted = 0;
    for (let i = 0; i < 2000; i++) {
      let text = valid;
      for (let k = 0; k < 1 + Math.floor(random() * 4); k++) {
        const at = Math.floor(random() * text.length);
        text = random() < 0.5 ? text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 8)) : text.slice(0, at) + inserts[Math.floor(random() * inserts.length)] + text.slice(at);
      }
      const result = parseRegistryYml(text);
      if (result.ok) accepted += 1;
      else for (const e of result.errors) expect(e.message.length).toBeGreaterThan(0);
    }
    // Both outcomes occur, so the mutations exercise the reader and not only the YAML parser.
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThan(2000);
  });
});

describe('export and round trips', () => {
  const full = (): CreateRegistryForm => ({
    ...emptyCreateRegistryForm(),
    subscriptionId: '5f1a9c3e-2b7d-4e8f-9a6b-1c2d3e4f5a6b',
    resourceGroup: { mode: 'existing', name: 'rg-ml(prod)' },
    name: uniqueName(),
    description: 'Models: shared # not a comment\nsecond line',
    primaryRegion: 'eastus',
    additionalRegions: ['westus', 'northeurope'],
    advanced: {
      storage: {
        eastus: { type: 'Standard_LRS', hns: false },
        westus: { type: 'Premium_ZRS', hns: true },
        northeurope: { type: 'Standard_RAGRS', hns: false },
      },
      publicNetworkAccess: 'Disabled',
    },
    tags: [{ name: 'team', value: 'ml' }, { name: 'yes', value: '007' }, { name: 'empty', value: '' }],
  });

  it('CLI form: parse(to(x)) gives back x', () => {
    const x = full();
    const result = parseRegistryYml(toRegistryYml(x, 'cli'));
    expect(result).toEqual({
      ok: true,
      format: 'cli',
      warnings: [],
      form: { name: x.name, description: x.description, tags: x.tags, primaryRegion: x.primaryRegion, additionalRegions: x.additionalRegions, advanced: x.advanced },
    });
  });

  it('seed form: parse(to(x)) gives back the fields the seed form has, and says what it cannot carry', () => {
    const x = full();
    const text = toRegistryYml(x, 'seed');
    expect(text.startsWith('# The 2022 preview form has no tags')).toBe(true);
    expect(parseRegistryYml(text)).toEqual({
      ok: true,
      format: 'seed',
      warnings: [],
      form: { name: x.name, description: x.description, resourceGroup: x.resourceGroup, primaryRegion: 'eastus', additionalRegions: x.additionalRegions },
    });
  });

  it('writes the CLI form the docs show', () => {
    const x = { ...full(), description: '', tags: [], additionalRegions: [], advanced: { storage: {}, publicNetworkAccess: 'Enabled' as const } };
    expect(toRegistryYml(x, 'cli')).toBe(`$schema: https://azuremlschemasprod.azureedge.net/latest/registry.schema.json
name: ${x.name}
location: eastus
public_network_access: enabled
replication_locations:
  - location: eastus
    storage_config:
      storage_account_hns: false
      storage_account_type: standard_lrs
      replication_count: 1
`);
  });

  it('exports an existing registry in both forms, and the import reproduces its settings', () => {
    const wire = makeWireRegistry({ resourceGroup: 'Contoso-ML' });
    const cli = parseRegistryYml(registryYmlFromWire(wire, 'cli'));
    expect(cli.ok && cli.form).toEqual({
      name: wire.name,
      description: 'Shared models for Contoso',
      tags: [{ name: 'team', value: 'ml-platform' }],
      primaryRegion: 'eastus',
      additionalRegions: ['westus'],
      advanced: { storage: { eastus: { type: 'Standard_LRS', hns: false }, westus: { type: 'Standard_GRS', hns: true } }, publicNetworkAccess: 'Disabled' },
    });
    const seed = parseRegistryYml(registryYmlFromWire(wire, 'seed'));
    expect(seed.ok && seed.form).toMatchObject({ name: wire.name, resourceGroup: { mode: 'existing', name: 'Contoso-ML' }, additionalRegions: ['westus'] });
    expect(registryYmlFromWire(wire, 'cli')).not.toMatch(/mlstorageaccount|mlacraccount|discovery|managed/);
  });
});
