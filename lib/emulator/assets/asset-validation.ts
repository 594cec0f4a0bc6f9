// Validation of asset names, versions and version bodies, with ARM's 400s naming the reason. The name
// rule is mfe.json's path pattern for every asset container; the body rules are the spec's required
// fields and enums per kind (BuildContext.contextUri, DataVersionBase.dataType/dataUri, …).
import { ArmHttpError, invalidRequestContent, invalidResourceName, userError } from '../errors';
import type { AssetKind } from '../store/assets';
import { ASSET_KINDS } from './asset-kinds';

/** mfe.json: `"pattern": "^[a-zA-Z0-9][a-zA-Z0-9\\-_]{0,254}$"` on every {name} of a registry asset. */
export const ASSET_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;
/** Versions: the spec gives no pattern; the service and CLI accept letters, digits, '.', '-', '_' (first one alphanumeric). */
export const ASSET_VERSION_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9.\-_]{0,254}$/;

/** 400 InvalidResourceName unless the asset name matches the spec's pattern. */
export function checkAssetName(kind: AssetKind, name: string): void {
  if (!ASSET_NAME_PATTERN.test(name)) {
    throw invalidResourceName(
      name,
      ASSET_KINDS[kind].containerType,
      'An asset name must be 1-255 characters, start with a letter or digit, and contain only letters, digits, hyphens and underscores.',
    );
  }
}

/** 400 InvalidResourceName unless the version identifier is usable. */
export function checkAssetVersion(kind: AssetKind, version: string): void {
  if (!ASSET_VERSION_PATTERN.test(version)) {
    throw invalidResourceName(
      version,
      ASSET_KINDS[kind].versionType,
      'A version must be 1-255 characters, start with a letter or digit, and contain only letters, digits, periods, hyphens and underscores.',
    );
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The `properties` object of a PUT body, or 400 InvalidRequestContent. */
export function requireProperties(body: unknown): Record<string, unknown> {
  if (!isObject(body) || !isObject(body.properties)) throw invalidRequestContent("The body must be an object with a 'properties' object ([Required] Additional attributes of the entity).");
  return body.properties;
}

function checkStringMap(value: unknown, field: string): void {
  if (value === undefined || value === null) return;
  if (!isObject(value) || Object.values(value).some((v) => typeof v !== 'string' && v !== null)) {
    throw userError(`'${field}' must be an object of string values.`, field);
  }
}

function checkOptionalString(props: Record<string, unknown>, field: string): void {
  const v = props[field];
  if (v !== undefined && v !== null && typeof v !== 'string') throw userError(`'${field}' must be a string.`, field);
}

function checkEnum(props: Record<string, unknown>, field: string, values: readonly string[]): void {
  const v = props[field];
  if (v !== undefined && v !== null && !values.includes(v as string)) throw userError(`'${field}' must be one of ${values.join(', ')}; got '${String(v)}'.`, field);
}

function requireNonEmptyString(props: Record<string, unknown>, field: string, why: string): void {
  const v = props[field];
  if (typeof v !== 'string' || !/[a-zA-Z0-9_]/.test(v)) throw userError(`'${field}' is required: ${why}`, field);
}

const KIND_RULES: Record<AssetKind, (p: Record<string, unknown>) => void> = {
  models(p) {
    checkOptionalString(p, 'modelUri');
    checkOptionalString(p, 'modelType');
    checkOptionalString(p, 'jobName');
    if (p.flavors !== undefined && p.flavors !== null) {
      if (!isObject(p.flavors) || Object.values(p.flavors).some((f) => !isObject(f))) throw userError("'flavors' must map flavor names to objects like {\"data\": {…}}.", 'flavors');
    }
  },
  environments(p) {
    const hasImage = typeof p.image === 'string' && p.image.length > 0;
    const hasBuild = p.build !== undefined && p.build !== null;
    if (hasImage === hasBuild) throw userError("An environment version needs exactly one of 'image' (a Docker image) or 'build' (a Docker build context).", hasImage ? 'build' : 'image');
    if (hasBuild) {
      if (!isObject(p.build)) throw userError("'build' must be an object with 'contextUri'.", 'build');
      requireNonEmptyString(p.build, 'contextUri', 'the URI of the Docker build context.');
      checkOptionalString(p.build, 'dockerfilePath');
    }
    checkOptionalString(p, 'condaFile');
    checkEnum(p, 'osType', ['Linux', 'Windows']);
    checkEnum(p, 'autoRebuild', ['Disabled', 'OnBaseImageUpdate']);
  },
  components(p) {
    if (!isObject(p.componentSpec)) throw userError("'componentSpec' is required: the component's definition (the command component YAML as JSON).", 'componentSpec');
  },
  data(p) {
    if (p.dataType === undefined || p.dataType === null) throw userError("'dataType' is required: one of uri_file, uri_folder, mltable.", 'dataType');
    checkEnum(p, 'dataType', ['uri_file', 'uri_folder', 'mltable']);
    requireNonEmptyString(p, 'dataUri', 'the URI of the data, e.g. https://go.microsoft.com/fwlink/?linkid=2202330.');
    if (p.referencedUris !== undefined && p.referencedUris !== null && (!Array.isArray(p.referencedUris) || p.referencedUris.some((u) => typeof u !== 'string'))) {
      throw userError("'referencedUris' must be an array of strings.", 'referencedUris');
    }
  },
  codes(p) {
    checkOptionalString(p, 'codeUri');
  },
};

/** Checks a version's properties against the spec: ResourceBase/AssetBase fields, then the kind's own. */
export function checkVersionProperties(kind: AssetKind, props: Record<string, unknown>): void {
  checkOptionalString(props, 'description');
  checkOptionalString(props, 'stage');
  checkStringMap(props.tags, 'tags');
  checkStringMap(props.properties, 'properties');
  for (const flag of ['isArchived', 'isAnonymous']) {
    if (props[flag] !== undefined && props[flag] !== null && typeof props[flag] !== 'boolean') throw userError(`'${flag}' must be true or false.`, flag);
  }
  KIND_RULES[kind](props);
}

/** Checks a container's properties: description, tags, properties, isArchived. */
export function checkContainerProperties(props: Record<string, unknown>): void {
  checkOptionalString(props, 'description');
  checkStringMap(props.tags, 'tags');
  checkStringMap(props.properties, 'properties');
  if (props.isArchived !== undefined && props.isArchived !== null && typeof props.isArchived !== 'boolean') throw userError("'isArchived' must be true or false.", 'isArchived');
}

/** 409 Conflict: an existing version's create-only fields cannot change (ARM's error envelope, fields named). */
export function immutableVersionConflict(noun: string, name: string, version: string, fields: string[]): ArmHttpError {
  return new ArmHttpError(
    409,
    'Conflict',
    `The ${noun} '${name}' version '${version}' already exists and ${fields.map((f) => `'${f}'`).join(', ')} cannot be changed. Only description, tags, isArchived and stage can be updated on an existing version; create a new version instead.`,
    fields[0],
  );
}
