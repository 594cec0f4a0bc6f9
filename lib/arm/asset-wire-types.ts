// Registry assets as ARM's JSON carries them (mfe.json 2025-09-01: *ContainerResource, *VersionResource,
// PendingUpload*Dto). Wire types only; view types belong to the domain layer.
import type { WireSystemData } from './wire-types';

/** The five asset kinds, by their path segment under a registry. */
export type AssetKind = 'models' | 'environments' | 'components' | 'data' | 'codes';

/** Every asset kind, in the order the console shows them. */
export const ASSET_KIND_LIST: readonly AssetKind[] = ['models', 'environments', 'components', 'data', 'codes'];

/** mfe.json ListViewType. */
export type ListViewType = 'ActiveOnly' | 'ArchivedOnly' | 'All';

/** AssetProvisioningState. */
export type AssetProvisioningState = 'Succeeded' | 'Failed' | 'Canceled' | 'Creating' | 'Updating' | 'Deleting';

/** ResourceBase + AssetContainer. */
export interface WireAssetContainerProperties {
  description?: string | null;
  tags?: Record<string, string | null> | null;
  properties?: Record<string, string | null> | null;
  isArchived?: boolean;
  /** Read-only. */
  latestVersion?: string | null;
  /** Read-only. */
  nextVersion?: string | null;
  provisioningState?: AssetProvisioningState;
}

/** One region's copy of a version (the emulator's read-only `regionReplication`; absent on Azure). */
export interface WireRegionReplication {
  location: string;
  status: 'Succeeded' | 'InProgress' | 'Failed';
  completedAt?: string;
}

/** ResourceBase + AssetBase, plus every kind's own fields (ModelVersion, EnvironmentVersion, ComponentVersion, DataVersionBase, CodeVersion). */
export interface WireAssetVersionProperties {
  description?: string | null;
  tags?: Record<string, string | null> | null;
  properties?: Record<string, string | null> | null;
  isAnonymous?: boolean;
  isArchived?: boolean;
  stage?: string | null;
  provisioningState?: AssetProvisioningState;
  regionReplication?: WireRegionReplication[];
  // models
  modelUri?: string | null;
  modelType?: string | null;
  jobName?: string | null;
  flavors?: Record<string, { data?: Record<string, string> | null }> | null;
  // environments
  image?: string | null;
  build?: { contextUri: string; dockerfilePath?: string } | null;
  condaFile?: string | null;
  osType?: 'Linux' | 'Windows';
  autoRebuild?: 'Disabled' | 'OnBaseImageUpdate';
  environmentType?: 'Curated' | 'UserCreated';
  inferenceConfig?: { livenessRoute?: { path: string; port: number }; readinessRoute?: { path: string; port: number }; scoringRoute?: { path: string; port: number } } | null;
  // components
  componentSpec?: Record<string, unknown> | null;
  // data
  dataType?: 'uri_file' | 'uri_folder' | 'mltable';
  dataUri?: string;
  referencedUris?: string[] | null;
  // codes
  codeUri?: string | null;
}

/** ProxyResource envelope of an asset container or version. */
export interface WireAssetResource<P> {
  id?: string;
  name?: string;
  type?: string;
  properties: P;
  systemData?: WireSystemData;
}

/** An asset container as ARM returns it. */
export type WireAssetContainer = WireAssetResource<WireAssetContainerProperties>;
/** An asset version as ARM returns it. */
export type WireAssetVersion = WireAssetResource<WireAssetVersionProperties>;

/** PendingUploadRequestDto. */
export interface WirePendingUploadRequest {
  pendingUploadId?: string | null;
  pendingUploadType?: 'None' | 'TemporaryBlobReference';
}

/** PendingUploadResponseDto: where to upload (blob container SAS) for a new version's files. */
export interface WirePendingUploadResponse {
  blobReferenceForConsumption?: {
    blobUri?: string | null;
    storageAccountArmId?: string | null;
    credential?: { credentialType: 'SAS'; sasUri?: string | null } | null;
  } | null;
  pendingUploadId?: string | null;
  pendingUploadType?: 'None' | 'TemporaryBlobReference';
}
