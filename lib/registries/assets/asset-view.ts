// Asset containers and versions as the console shows them, from ARM's JSON (mfe.json *ContainerResource,
// *VersionResource). Kind-specific fields become labelled properties and documents (conda file, component
// YAML, MLflow flavors); the emulator's read-only `regionReplication` becomes the replication table.
import { stringify } from 'yaml';
import type { WireAssetContainer, WireAssetVersion, WireAssetVersionProperties } from '@/lib/arm/asset-wire-types';
import type { BrowsableAssetKind } from './asset-kinds';

/** Who made or last changed something, and when (ARM systemData). */
export interface AssetAudit {
  createdBy: string | null;
  createdAt: string | null;
  modifiedBy: string | null;
  modifiedAt: string | null;
}

/** One asset in a kind's table. */
export interface AssetRow extends AssetAudit {
  name: string;
  description: string;
  tags: Record<string, string>;
  latestVersion: string | null;
  isArchived: boolean;
  provisioningState: string;
}

/** One region's copy of a version. */
export interface RegionReplicationView {
  location: string;
  status: string;
  completedAt: string | null;
}

/** A labelled value of a version's properties. */
export interface AssetProperty {
  label: string;
  value: string;
}

/** A labelled multi-line text (conda file, component YAML). */
export interface AssetDocument {
  label: string;
  text: string;
}

/** One version as the asset page shows it. */
export interface AssetVersionView extends AssetAudit {
  version: string;
  description: string;
  tags: Record<string, string>;
  isArchived: boolean;
  stage: string | null;
  provisioningState: string;
  properties: AssetProperty[];
  documents: AssetDocument[];
  replication: RegionReplicationView[];
  /** Where the version's files are (a blob folder or file URI), when it has any. */
  artifactUri: string | null;
}

const cleanTags = (tags: Record<string, string | null> | null | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(tags ?? {}).filter((e): e is [string, string] => typeof e[1] === 'string'));

function auditOf(wire: { systemData?: WireAssetContainer['systemData'] }): AssetAudit {
  const s = wire.systemData ?? {};
  return { createdBy: s.createdBy ?? null, createdAt: s.createdAt ?? null, modifiedBy: s.lastModifiedBy ?? null, modifiedAt: s.lastModifiedAt ?? null };
}

/** A container as a table row. */
export function toAssetRow(wire: WireAssetContainer): AssetRow {
  const p = wire.properties ?? {};
  return {
    name: wire.name ?? '',
    description: p.description ?? '',
    tags: cleanTags(p.tags),
    latestVersion: p.latestVersion ?? null,
    isArchived: p.isArchived === true,
    provisioningState: p.provisioningState ?? 'Succeeded',
    ...auditOf(wire),
  };
}

type Port = { type?: unknown; default?: unknown; optional?: unknown };

// "training_data (uri_folder)", "learning_rate (number, default 0.1)".
function portsText(ports: unknown): string {
  if (!ports || typeof ports !== 'object') return '';
  return Object.entries(ports as Record<string, Port>)
    .map(([name, port]) => {
      const extras = [typeof port?.type === 'string' ? port.type : null, port?.default !== undefined ? `default ${String(port.default)}` : null, port?.optional === true ? 'optional' : null];
      const said = extras.filter(Boolean).join(', ');
      return said ? `${name} (${said})` : name;
    })
    .join('; ');
}

const route = (r: { path: string; port: number } | undefined) => (r ? `${r.path} on port ${r.port}` : null);

function kindDetails(kind: BrowsableAssetKind, p: WireAssetVersionProperties): { properties: (AssetProperty | null)[]; documents: (AssetDocument | null)[]; artifactUri: string | null } {
  const prop = (label: string, value: string | null | undefined): AssetProperty | null => (value ? { label, value } : null);
  switch (kind) {
    case 'models':
      return {
        properties: [prop('Model type', p.modelType), prop('Model URI', p.modelUri), prop('Job', p.jobName), prop('Flavors', Object.keys(p.flavors ?? {}).join(', '))],
        documents: [p.flavors && Object.keys(p.flavors).length ? { label: 'MLflow flavors', text: stringify(p.flavors) } : null],
        artifactUri: p.modelUri ?? null,
      };
    case 'environments': {
      const inference = p.inferenceConfig;
      return {
        properties: [
          prop('Image', p.image),
          prop('Build context', p.build?.contextUri),
          prop('Dockerfile', p.build ? (p.build.dockerfilePath ?? 'Dockerfile') : null),
          prop('OS type', p.osType),
          prop('Auto rebuild', p.autoRebuild),
          prop('Liveness route', route(inference?.livenessRoute)),
          prop('Readiness route', route(inference?.readinessRoute)),
          prop('Scoring route', route(inference?.scoringRoute)),
        ],
        documents: [p.condaFile ? { label: 'Conda file', text: p.condaFile } : null],
        artifactUri: p.build?.contextUri ?? null,
      };
    }
    case 'components': {
      const spec = p.componentSpec ?? {};
      return {
        properties: [
          prop('Component type', typeof spec.type === 'string' ? spec.type : null),
          prop('Display name', typeof spec.display_name === 'string' ? spec.display_name : null),
          prop('Inputs', portsText(spec.inputs)),
          prop('Outputs', portsText(spec.outputs)),
          prop('Command', typeof spec.command === 'string' ? spec.command : null),
          prop('Environment', typeof spec.environment === 'string' ? spec.environment : null),
        ],
        documents: [Object.keys(spec).length ? { label: 'Component YAML', text: stringify(spec) } : null],
        artifactUri: null,
      };
    }
    case 'data':
      return {
        properties: [prop('Data type', p.dataType), prop('Data URI', p.dataUri), prop('Referenced URIs', (p.referencedUris ?? []).join(', '))],
        documents: [],
        artifactUri: p.dataUri ?? null,
      };
  }
}

/** A version as the asset page shows it. */
export function toAssetVersionView(kind: BrowsableAssetKind, wire: WireAssetVersion): AssetVersionView {
  const p = wire.properties ?? {};
  const details = kindDetails(kind, p);
  return {
    version: wire.name ?? '',
    description: p.description ?? '',
    tags: cleanTags(p.tags),
    isArchived: p.isArchived === true,
    stage: p.stage ?? null,
    provisioningState: p.provisioningState ?? 'Succeeded',
    properties: details.properties.filter((x): x is AssetProperty => x !== null),
    documents: details.documents.filter((x): x is AssetDocument => x !== null),
    replication: (p.regionReplication ?? []).map((r) => ({ location: r.location, status: r.status, completedAt: r.completedAt ?? null })),
    artifactUri: details.artifactUri,
    ...auditOf(wire),
  };
}

/** One page of a kind's assets and the link to the next. */
export interface AssetRowsPage {
  rows: AssetRow[];
  nextLink: string | null;
}

/** The asset page's data. */
export interface AssetPageData {
  asset: AssetRow;
  versions: AssetVersionView[];
  /** The selected version; null when the asset has none or the one asked for does not exist. */
  selected: AssetVersionView | null;
  /** The version asked for that does not exist (the page says so). */
  missingVersion: string | null;
  readAt: string;
}

/** One file of an artifact. */
export interface ArtifactFile {
  /** Path below the artifact's folder (the file name for a single-file artifact). */
  path: string;
  size: number;
  /** A read SAS URL of the blob, for the browser to download from. */
  downloadUrl: string;
}

/** The artifact's files, or why they cannot be listed. */
export type ArtifactFiles = { state: 'listed'; files: ArtifactFile[]; truncated: boolean } | { state: 'none'; reason: string };
