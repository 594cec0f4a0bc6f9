// registry.yml import: the seed's 2022 form and the current CLI form (ARM contract §6), read into wizard
// values. Every problem comes back with its line; nothing throws, whatever the file holds.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { STORAGE_ACCOUNT_TYPES } from '@/lib/arm-facts/storage-account-types';
import type { CreateRegistryForm, StorageSetting } from './create-registry-schema';
import { DEFAULT_STORAGE_SETTING } from './create-registry-schema';
import { splitDescription } from './description';
import { normalizeLocation } from './regions';
import { canonicalStorageType } from './registry-spec';
import { tagsToRows } from './tags';
import { YmlReader, type YmlEntry, type YmlProblem } from './yml-reader';

export { toRegistryYml, registryYmlFromWire } from './registry-yml-export';
export type { YmlProblem } from './yml-reader';

/** Largest registry.yml accepted: 64 KB. */
export const MAX_REGISTRY_YML_BYTES = 65_536;

/** `seed`: type/resource_group/primary_location/locations. `cli`: the az ml extension's schema. */
export type RegistryYmlFormat = 'cli' | 'seed';

/** The outcome of an import: wizard values to fill in, or line-numbered errors. */
export type ParseRegistryYmlResult =
  | { ok: true; form: Partial<CreateRegistryForm>; format: RegistryYmlFormat; warnings: string[] }
  | { ok: false; errors: YmlProblem[] };

const SEED_KEYS = ['type', 'name', 'description', 'resource_group', 'primary_location', 'locations'];
const SEED_ONLY_KEYS = ['type', 'resource_group', 'primary_location', 'locations'];
// Fields `az ml registry show` prints but create ignores (ARM contract §6): accepted, with a warning.
const CLI_OUTPUT_ONLY_KEYS = ['id', 'identity', 'kind', 'sku', 'managed_resource_group', 'mlflow_registry_uri',
  'discovery_url', 'arm_resource_id', 'replicated_ids'];
const CLI_KEYS = ['$schema', 'name', 'description', 'tags', 'location', 'public_network_access',
  'intellectual_property', 'container_registry', 'replication_locations', ...CLI_OUTPUT_ONLY_KEYS];
const STORAGE_CONFIG_KEYS = ['storage_account_hns', 'storage_account_type', 'replication_count'];

// The line on which a file passes the size limit, for a message that points somewhere.
function lineWhereLimitPassed(text: string): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  let line = 1;
  for (const char of text) {
    bytes += encoder.encode(char).length;
    if (bytes > MAX_REGISTRY_YML_BYTES) return line;
    if (char === '\n') line += 1;
  }
  return line;
}

// A region as the file wrote it, in canonical form; "East US" is accepted with a warning.
function region(reader: YmlReader, entry: YmlEntry | undefined): string | undefined {
  const written = reader.text(entry);
  if (written === undefined) return undefined;
  const name = normalizeLocation(written);
  if (name !== written) reader.warn(entry?.value, `region "${written}" was read as "${name}".`);
  return name;
}

function readSeed(reader: YmlReader, root: Node, entries: Map<string, YmlEntry>): Partial<CreateRegistryForm> {
  const type = reader.text(entries.get('type'));
  if (type !== undefined && type !== 'registry') {
    reader.error(entries.get('type')?.value, 'type', `type must be "registry", not "${type}".`);
  }
  const form: Partial<CreateRegistryForm> = {};
  const name = reader.text(reader.require(entries, 'name', root, ''));
  if (name !== undefined) form.name = name;
  const description = reader.text(entries.get('description'));
  if (description !== undefined) form.description = description;
  const resourceGroup = reader.text(entries.get('resource_group'));
  if (resourceGroup !== undefined) form.resourceGroup = { mode: 'existing', name: resourceGroup };
  const primary = region(reader, reader.require(entries, 'primary_location', root, ''));
  if (primary !== undefined) form.primaryRegion = primary;
  const additional: string[] = [];
  for (const item of reader.list(entries.get('locations')) ?? []) {
    const name = region(reader, { key: item.path, keyNode: item.node as Node, value: item.node, path: item.path });
    if (name === undefined || name === primary) continue; // The seed's list may repeat the primary.
    if (additional.includes(name)) reader.error(item.node, item.path, `${item.path}: "${name}" is listed twice.`);
    else additional.push(name);
  }
  form.additionalRegions = additional;
  return form;
}

function readStorageConfig(reader: YmlReader, entry: YmlEntry | undefined): StorageSetting {
  const setting = { ...DEFAULT_STORAGE_SETTING };
  if (!entry) return setting;
  if (isSeq(entry.value)) {
    // The CLI also takes a list of existing storage account ids; the service refuses them (ARM contract §1).
    reader.error(
      entry.value,
      entry.path,
      `${entry.path}: existing storage accounts cannot be used (Azure refuses them); ` +
        'use storage_account_type and storage_account_hns instead.',
    );
    return setting;
  }
  const fields = reader.entries(entry.value, entry.path, STORAGE_CONFIG_KEYS, entry.path);
  if (!fields) return setting;
  const hns = reader.bool(fields.get('storage_account_hns'));
  if (hns !== undefined) setting.hns = hns;
  const typeEntry = fields.get('storage_account_type');
  const written = reader.text(typeEntry);
  if (written !== undefined) {
    const type = canonicalStorageType(written);
    if (type) setting.type = type;
    else {
      const allowed = STORAGE_ACCOUNT_TYPES.map((t) => t.toLowerCase()).join(', ');
      const path = typeEntry?.path ?? '';
      reader.error(typeEntry?.value, path, `${path}: "${written}" is not a storage account type; use one of ${allowed}.`);
    }
  }
  const count = reader.integer(fields.get('replication_count'), 1);
  if (count !== undefined && count > 1) {
    reader.warn(
      fields.get('replication_count')?.value,
      `replication_count ${count} was read as 1: the wizard creates one storage account per region.`,
    );
  }
  return setting;
}

function readContainerRegistry(reader: YmlReader, entry: YmlEntry | undefined): void {
  if (!entry) return;
  if (isScalar(entry.value) && typeof entry.value.value === 'string') {
    const message = 'an existing container registry cannot be used; each registry gets its own Premium one.';
    reader.error(entry.value, entry.path, `${entry.path}: ${message}`);
    return;
  }
  const fields = reader.entries(entry.value, entry.path, ['acr_account_sku'], entry.path);
  const sku = reader.text(fields?.get('acr_account_sku'));
  if (sku !== undefined && sku.toLowerCase() !== 'premium') {
    const path = `${entry.path}.acr_account_sku`;
    reader.error(fields?.get('acr_account_sku')?.value, path, `${path}: only "premium" is available, not "${sku}".`);
  }
}

function readTags(reader: YmlReader, entry: YmlEntry | undefined): Record<string, string> {
  if (!entry || (isScalar(entry.value) && entry.value.value === null)) return {};
  if (!isMap(entry.value)) {
    reader.entries(entry.value, entry.path, [], entry.path); // reports "must be a mapping" with the line
    return {};
  }
  const tags: [string, string][] = [];
  for (const pair of entry.value.items) {
    const keyNode = pair.key as Node;
    const name = isScalar(keyNode) && keyNode.value !== null ? String(keyNode.source ?? keyNode.value) : null;
    if (name === null) {
      reader.error(keyNode, entry.path, `${entry.path}: each tag name must be plain text.`);
      continue;
    }
    const path = `${entry.path}.${name}`;
    const valueNode = (pair.value as Node | null) ?? null;
    // `key:` with nothing after it is an empty tag value, not a missing one.
    const value = isScalar(valueNode) && valueNode.value === null ? '' : reader.text({ key: name, keyNode, value: valueNode, path });
    if (value !== undefined) tags.push([name, value]);
  }
  return Object.fromEntries(tags);
}

function readCli(reader: YmlReader, root: Node, entries: Map<string, YmlEntry>): Partial<CreateRegistryForm> {
  reader.text(entries.get('$schema'));
  for (const key of CLI_OUTPUT_ONLY_KEYS) {
    const entry = entries.get(key);
    if (entry) reader.warn(entry.keyNode, `${key} is set by Azure, not by the file; it was ignored.`);
  }
  const ip = entries.get('intellectual_property');
  if (ip) {
    reader.text(reader.entries(ip.value, ip.path, ['publisher'], ip.path)?.get('publisher'));
    reader.warn(ip.keyNode, 'intellectual_property is not set by the wizard; it was ignored.');
  }
  readContainerRegistry(reader, entries.get('container_registry'));

  const form: Partial<CreateRegistryForm> = {};
  const name = reader.text(reader.require(entries, 'name', root, ''));
  if (name !== undefined) form.name = name;
  const { description: tagText, tags } = splitDescription(readTags(reader, entries.get('tags')));
  const tagDescription = tagText === '' ? undefined : tagText;
  const description = reader.text(entries.get('description'));
  // The docs keep the description as a tag; the SDK as a field. Either fills "Description"; the field wins.
  if (description !== undefined && tagDescription !== undefined && description !== tagDescription) {
    reader.warn(entries.get('tags')?.keyNode, 'tags.description differs from description; description was used.');
  }
  form.description = description ?? tagDescription ?? '';
  form.tags = tagsToRows(tags);

  const primaryEntry = reader.require(entries, 'location', root, '');
  const primary = region(reader, primaryEntry);
  if (primary !== undefined) form.primaryRegion = primary;

  const accessEntry = entries.get('public_network_access');
  const access = reader.text(accessEntry);
  let publicNetworkAccess: 'Enabled' | 'Disabled' = 'Enabled';
  if (access !== undefined) {
    if (access.toLowerCase() === 'disabled') publicNetworkAccess = 'Disabled';
    else if (access.toLowerCase() !== 'enabled') {
      reader.error(accessEntry?.value, 'public_network_access', `public_network_access must be enabled or disabled, not "${access}".`);
    }
  }

  const why = ' (a list that includes the primary location)';
  const replicationEntry = reader.require(entries, 'replication_locations', root, '', why);
  const storage: Record<string, StorageSetting> = {};
  const additional: string[] = [];
  const items = reader.list(replicationEntry);
  for (const item of items ?? []) {
    const fields = reader.entries(item.node, item.path, ['location', 'storage_config'], item.path);
    if (!fields) continue;
    const name = region(reader, reader.require(fields, 'location', item.node, item.path));
    const setting = readStorageConfig(reader, fields.get('storage_config'));
    if (name === undefined) continue;
    if (Object.hasOwn(storage, name)) {
      reader.error(fields.get('location')?.value, `${item.path}.location`, `${item.path}.location: "${name}" is listed twice.`);
      continue;
    }
    storage[name] = setting;
    if (name !== primary) additional.push(name);
  }
  if (primary !== undefined && items && !Object.hasOwn(storage, primary)) {
    const message = `replication_locations must include the primary location "${primary}".`;
    reader.error(replicationEntry?.keyNode, 'replication_locations', message);
  }
  form.additionalRegions = additional;
  form.advanced = { storage, publicNetworkAccess };
  return form;
}

/** Reads a registry.yml in either form into wizard values. Never throws. */
export function parseRegistryYml(text: string): ParseRegistryYmlResult {
  if (typeof text !== 'string') return { ok: false, errors: [{ message: 'The file could not be read as text.' }] };
  if (text.length > MAX_REGISTRY_YML_BYTES || new TextEncoder().encode(text).length > MAX_REGISTRY_YML_BYTES) {
    return {
      ok: false,
      errors: [{
        line: lineWhereLimitPassed(text.slice(0, MAX_REGISTRY_YML_BYTES + 1)),
        message:
          `The file is larger than 64 KB (${MAX_REGISTRY_YML_BYTES.toLocaleString('en-US')} bytes); ` +
          'a registry.yml is a few lines long.',
      }],
    };
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const reader = new YmlReader(lines);
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.slice(0, 20).map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return { line, column: col, message: `Not valid YAML: ${e.message.split('\n')[0]}` };
      }),
    };
  }
  for (const w of doc.warnings) reader.warnings.push(`Line ${lines.linePos(w.pos[0]).line}: ${w.message.split('\n')[0]}`);
  const root = doc.contents as Node | null;
  if (root === null || (isScalar(root) && root.value === null)) {
    const message = 'The file is empty: expected name, location and replication_locations (or the seed form).';
    return { ok: false, errors: [{ line: 1, column: 1, message }] };
  }
  const keys = isMap(root) ? root.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')) : [];
  const format: RegistryYmlFormat = keys.some((k) => SEED_ONLY_KEYS.includes(k)) ? 'seed' : 'cli';
  const entries = reader.entries(root, '', format === 'seed' ? SEED_KEYS : CLI_KEYS,
    format === 'seed' ? 'the seed form (type: registry)' : 'registry.yml');
  if (!entries) return { ok: false, errors: reader.errors };
  const form = format === 'seed' ? readSeed(reader, root, entries) : readCli(reader, root, entries);
  if (reader.errors.length > 0) return { ok: false, errors: reader.errors };
  return { ok: true, form, format, warnings: reader.warnings };
}
