// POST /_emulator/bulk-seed-assets {subscriptionId, resourceGroup, registryName, kind?, assets, versionsPerAsset?, prefix?}:
// fills one registry with many assets for scale tests and the benchmark (issue 12: 5,000 models × 3
// versions). One transaction straight into the store, already created and replicated (times in the past),
// so lists and gets show exactly what they show for assets that finished creating. Idempotent per prefix.
import type { OperationResult } from '../context';
import { invalidRequestContent, resourceNotFound } from '../errors';
import type { RequestContext } from '../http/request-context';
import type { AssetKind } from '../store/assets';
import { getContainer, insertVersion, saveContainer } from '../store/assets';
import { getRegistry } from '../store/registries';
import { SEED_PRINCIPALS } from '../seed/principals';
import { ASSET_KINDS } from './asset-kinds';

const DAY = 86_400_000;

const sampleProperties: Record<AssetKind, (name: string, v: number) => Record<string, unknown>> = {
  models: (name, v) => ({ modelType: 'custom_model', modelUri: `azureml://bulk/${name}/${v}`, description: `Bulk model ${name} v${v}` }),
  environments: () => ({ image: 'mcr.microsoft.com/azureml/openmpi4.1.0-ubuntu22.04:latest', osType: 'Linux', autoRebuild: 'Disabled', environmentType: 'UserCreated' }),
  components: (name, v) => ({ componentSpec: { name, version: String(v), type: 'command', command: 'echo hello' } }),
  data: (name) => ({ dataType: 'uri_file', dataUri: `https://example.com/bulk/${name}.csv` }),
  codes: (name) => ({ codeUri: `https://example.com/bulk/${name}/` }),
};

export function bulkSeedAssetsHandler(ctx: RequestContext): OperationResult {
  const b = (ctx.body ?? {}) as Record<string, unknown>;
  const kind = (b.kind ?? 'models') as AssetKind;
  const assets = Number(b.assets);
  const versions = Number(b.versionsPerAsset ?? 3);
  const prefix = typeof b.prefix === 'string' && b.prefix ? b.prefix : 'bulk';
  if (!ASSET_KINDS[kind]) throw invalidRequestContent(`kind must be one of ${Object.keys(ASSET_KINDS).join(', ')}`);
  if (!Number.isInteger(assets) || assets < 1 || assets > 100_000) throw invalidRequestContent('assets must be an integer between 1 and 100000');
  if (!Number.isInteger(versions) || versions < 1 || versions > 100) throw invalidRequestContent('versionsPerAsset must be an integer between 1 and 100');
  if (!/^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,200}$/.test(prefix)) throw invalidRequestContent('prefix must be a valid asset name prefix');
  const [sub, rg, name] = [b.subscriptionId, b.resourceGroup, b.registryName].map(String);
  const registry = getRegistry(ctx.emulator.db, sub, rg, name);
  if (!registry) throw resourceNotFound(`Microsoft.MachineLearningServices/registries/${name}`, rg);
  const started = Date.now();
  const owner = SEED_PRINCIPALS.owner.userPrincipalName;
  let created = 0;
  ctx.emulator.db.transaction(() => {
    for (let i = 0; i < assets; i++) {
      const assetName = `${prefix}-${String(i).padStart(5, '0')}`;
      const key = { registryKey: registry.idKey, kind, name: assetName };
      if (getContainer(ctx.emulator.db, key)) continue;
      const at = ctx.now - (assets - i) * 60_000 - 7 * DAY;
      const iso = new Date(at).toISOString();
      const systemData = { createdBy: owner, createdByType: 'User', createdAt: iso, lastModifiedBy: owner, lastModifiedByType: 'User', lastModifiedAt: iso };
      saveContainer(ctx.emulator.db, { ...key, description: `Bulk ${kind} ${i}`, tags: { bulk: prefix, shard: String(i % 10) }, properties: {}, isArchived: false, systemData, createdAt: at, readyAt: at, deleteAt: null });
      for (let v = 1; v <= versions; v++) {
        const vAt = at + v * 1000;
        const props = { isAnonymous: false, isArchived: false, tags: { bulk: prefix }, properties: {}, ...sampleProperties[kind](assetName, v) };
        insertVersion(ctx.emulator.db, { ...key, version: String(v), seq: v, properties: props, isArchived: false, systemData, createdAt: vAt, modifiedAt: vAt, readyAt: vAt, deleteAt: null });
      }
      created++;
    }
  })();
  return { status: 200, body: { prefix, kind, assets: { requested: assets, created, existing: assets - created }, versionsPerAsset: versions, elapsedMs: Date.now() - started } };
}

