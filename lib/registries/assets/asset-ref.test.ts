import { describe, expect, it } from 'vitest';
import { assetHref } from './asset-href';
import { isBrowsableAssetKind } from './asset-kinds';
import { parseAssetRef, parseAssetVersion } from './asset-ref';
import { assetSnippets, azuremlAssetUri } from './asset-snippets';

const registry = { subscriptionId: '00000000-0000-0000-0000-000000000001', resourceGroup: 'rg-ml', name: 'contoso-reg' };

describe('asset addresses from route params', () => {
  it('accepts a valid address and decodes it once', () => {
    expect(parseAssetRef({ ...registry, kind: 'models', asset: 'fraud-detector' })).toEqual({ registry, kind: 'models', name: 'fraud-detector' });
  });

  it('refuses what cannot be an ARM path segment, and kinds the console does not browse', () => {
    for (const asset of ['../x', 'a/b', '%2e%2e', '-lead', 'a'.repeat(256), 'dots.in.name']) expect(parseAssetRef({ ...registry, kind: 'models', asset })).toBeNull();
    expect(parseAssetRef({ ...registry, kind: 'codes', asset: 'src' })).toBeNull();
    expect(parseAssetRef({ ...registry, subscriptionId: 'nope', kind: 'models', asset: 'm' })).toBeNull();
    expect(parseAssetVersion('1.2.0')).toBe('1.2.0');
    expect(parseAssetVersion('../1')).toBeNull();
  });

  it('knows the four browsable kinds without a schema, and nothing else', () => {
    for (const kind of ['models', 'environments', 'components', 'data']) expect(isBrowsableAssetKind(kind)).toBe(true);
    for (const other of ['codes', 'Models', '', null, 1, ['models']]) expect(isBrowsableAssetKind(other)).toBe(false);
  });

  it('links to the page with the version in the query', () => {
    expect(assetHref({ registry, kind: 'data', name: 'iris' }, '2')).toBe(`/registries/${registry.subscriptionId}/rg-ml/contoso-reg/assets/data/iris?version=2`);
  });
});

describe('use-this-asset snippets', () => {
  it('name the registry asset URI in the URI, CLI YAML and Python forms', () => {
    const uri = azuremlAssetUri('contoso-reg', 'models', 'fraud-detector', '3');
    expect(uri).toBe('azureml://registries/contoso-reg/models/fraud-detector/versions/3');
    const [plain, yaml, python] = assetSnippets('contoso-reg', 'models', 'fraud-detector', '3');
    expect(plain.text).toBe(uri);
    expect(yaml.text).toContain(`model: ${uri}`);
    expect(python.text).toContain('MLClient(DefaultAzureCredential(), registry_name="contoso-reg")');
    expect(python.text).toContain('registry.models.get(name="fraud-detector", version="3")');
  });
});
