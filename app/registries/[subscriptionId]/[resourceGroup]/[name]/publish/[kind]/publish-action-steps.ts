// What both publish actions do before their own step: parse the untrusted input with the forms' schema, and
// read whether the version already exists (versions are immutable: publishing never overwrites one).
import 'server-only';
import { invalidInput, type ActionFailure } from '@/lib/action-kit/action-result';
import { isArmError } from '@/lib/arm/errors';
import type { ArmClient } from '@/lib/arm/client';
import { getAssetVersion, type RegistryRef as AssetRegistryRef } from '@/lib/arm/registry-assets';
import { problemsOf } from '@/lib/registries/field-errors';
import { assetIdentity, publishInputSchema, type ParsedPublishInput } from '@/lib/registries/assets/publish-input';
import { PUBLISH_KIND_WORDS } from '@/lib/registries/assets/publish-common';
import type { RegistryRef } from '@/lib/registries/registry-ref';

/** The parsed input, or the failure with every field's problem. */
export function checkPublishInput(raw: unknown): { ok: true; input: ParsedPublishInput } | ActionFailure {
  const parsed = publishInputSchema.safeParse(raw);
  if (parsed.success) return { ok: true, input: parsed.data };
  const { fieldErrors, formErrors } = problemsOf(parsed.error);
  return invalidInput(formErrors[0] ?? 'Some fields need fixing before this can be published.', fieldErrors);
}

/** The registry as lib/arm's asset calls name it. */
export function assetRegistry(ref: RegistryRef): AssetRegistryRef {
  return { subscriptionId: ref.subscriptionId, resourceGroup: ref.resourceGroup, registryName: ref.name };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A pendingUploadId handed back by the browser: a GUID (as startPendingUpload issues them) or nothing. */
export function parsePendingUploadId(raw: unknown): string | null | 'invalid' {
  if (raw === undefined || raw === null || raw === '') return null;
  return typeof raw === 'string' && UUID.test(raw) ? raw : 'invalid';
}

/** A failure when the version exists already (field error on `version`, or on `yaml` for a component), else null. */
export async function refuseExistingVersion(client: ArmClient, ref: RegistryRef, input: ParsedPublishInput): Promise<ActionFailure | null> {
  const { kind, name, version } = assetIdentity(input);
  try {
    await getAssetVersion(client, assetRegistry(ref), kind, name, version);
  } catch (error) {
    if (isArmError(error) && error.status === 404) return null;
    throw error;
  }
  const message = `Version ${version} of the ${PUBLISH_KIND_WORDS[kind].noun} '${name}' already exists in ${ref.name}, and versions cannot be changed: choose another version.`;
  return invalidInput(message, { [kind === 'components' ? 'yaml' : 'version']: message });
}
