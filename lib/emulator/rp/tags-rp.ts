// Microsoft.Resources/tags at a scope — `{scope}/providers/Microsoft.Resources/tags/default` — what `az tag
// create|update|delete --resource-id` calls: GET, PUT (replace), PATCH (`operation`: Merge, Replace, Delete) and
// DELETE (all tags), on resource groups, registries and provider-created resources. The same limits as any
// tags (tag-rules.ts) apply to the result.
import type { OperationResult, RpContext } from '../context';
import { ArmHttpError, invalidRequestContent, resourceNotFound } from '../errors';
import { parseScope } from '../rbac/scope';
import { setResourceGroupTags } from '../store/resource-groups';
import { getResource, setResourceTags } from '../store/resources';
import { getRegistry, updateRegistrySpec } from '../store/registries';
import { applyRegistryTags } from './registry-tags';
import { assertNoRunningOperation } from './registry-validation';
import { requireResourceGroup } from './scope-checks';
import { parseTags } from './tag-rules';

interface TagTarget {
  tags: Record<string, string>;
  write(tags: Record<string, string>): void;
}

function targetOf(ctx: RpContext, scope: string): TagTarget {
  const db = ctx.emulator.db;
  const parsed = parseScope(scope);
  if (!parsed?.resourceGroup) {
    throw new ArmHttpError(400, 'InvalidScope', `Tags at scope '${scope}' are not supported by the ARM emulator; tag a resource group or a resource.`);
  }
  const rg = requireResourceGroup(ctx, parsed.subscriptionId, parsed.resourceGroup, { forWrite: false });
  if (!parsed.resourcePath) {
    return { tags: rg.tags, write: (tags) => setResourceGroupTags(db, rg.subscriptionId, rg.name, tags) };
  }
  const [namespace, type, name, ...child] = parsed.resourcePath.split('/');
  if (!child.length && `${namespace}/${type}`.toLowerCase() === 'microsoft.machinelearningservices/registries') {
    const registry = getRegistry(db, rg.subscriptionId, rg.name, name);
    if (!registry) throw resourceNotFound(`Microsoft.MachineLearningServices/registries/${name}`, rg.name);
    return {
      tags: registry.spec.tags,
      write: (tags) => {
        assertNoRunningOperation(ctx, registry);
        const updated = { ...registry, spec: { ...registry.spec, tags } };
        updateRegistrySpec(db, registry.idKey, updated.spec, { ...registry.systemData, lastModifiedBy: ctx.caller.upn, lastModifiedAt: new Date(ctx.now).toISOString() });
        applyRegistryTags(ctx, updated);
      },
    };
  }
  const resource = getResource(db, scope);
  if (!resource) throw resourceNotFound(parsed.resourcePath, rg.name);
  return { tags: resource.tags, write: (tags) => setResourceTags(db, resource.id, tags) };
}

const tagsResource = (scope: string, tags: Record<string, string>): OperationResult => ({
  status: 200,
  body: { id: `${scope}/providers/Microsoft.Resources/tags/default`, name: 'default', type: 'Microsoft.Resources/tags', properties: { tags } },
});

function bodyTags(body: unknown): Record<string, string> {
  const props = (body as { properties?: unknown } | undefined)?.properties;
  if (!props || typeof props !== 'object' || Array.isArray(props)) throw invalidRequestContent("Required property 'properties' not found in JSON");
  return parseTags((props as { tags?: unknown }).tags);
}

/** GET the tags at a scope. */
export function getTagsAtScope(ctx: RpContext, scope: string): OperationResult {
  return tagsResource(scope, targetOf(ctx, scope).tags);
}

/** PUT: replaces every tag at the scope. */
export function replaceTagsAtScope(ctx: RpContext, scope: string, body: unknown): OperationResult {
  const target = targetOf(ctx, scope);
  const tags = bodyTags(body);
  return ctx.emulator.db.transaction(() => {
    target.write(tags);
    return tagsResource(scope, tags);
  })();
}

/** PATCH `{operation: Merge | Replace | Delete, properties: {tags}}`. */
export function updateTagsAtScope(ctx: RpContext, scope: string, body: unknown): OperationResult {
  const target = targetOf(ctx, scope);
  const operation = String((body as { operation?: unknown } | undefined)?.operation ?? '').toLowerCase();
  const given = bodyTags(body);
  let tags: Record<string, string>;
  if (operation === 'merge') tags = parseTags({ ...target.tags, ...given });
  else if (operation === 'replace') tags = given;
  else if (operation === 'delete') {
    // A name alone removes the tag; a name with a value removes it only when the value matches.
    tags = Object.fromEntries(Object.entries(target.tags).filter(([k, v]) => !(k in given) || (given[k] !== '' && given[k] !== v)));
  } else throw invalidRequestContent("Property 'operation' must be 'Merge', 'Replace' or 'Delete'");
  return ctx.emulator.db.transaction(() => {
    target.write(tags);
    return tagsResource(scope, tags);
  })();
}

/** DELETE: removes every tag at the scope. */
export function deleteTagsAtScope(ctx: RpContext, scope: string): OperationResult {
  const target = targetOf(ctx, scope);
  target.write({});
  return { status: 200 };
}

