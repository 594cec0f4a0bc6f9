// /registries/{subscriptionId}/{resourceGroup}/{name}/publish/{kind}: publish a new model, environment,
// component or data asset version. The kind and the registry address are checked before any ARM call (404
// otherwise); a registry the principal cannot read says so; without assets/write the form shows what is
// missing and cannot be submitted (the actions refuse it anyway).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArmErrorState } from '@/components/arm-error/arm-error-state';
import { PublishView } from '@/components/asset-publish/publish-view';
import { RegistryAccessDenied } from '@/components/registry-page/registry-access-denied';
import { failureView } from '@/lib/action-kit/action-result';
import { parsePublishKind, PUBLISH_KIND_WORDS } from '@/lib/registries/assets/publish-common';
import { parseRegistryRef } from '@/lib/registries/registry-ref';
import { createVersionAction } from './create-version-action';
import { readPublishAccess } from './publish-access';
import { startUploadAction } from './start-upload-action';

type Params = Promise<{ subscriptionId: string; resourceGroup: string; name: string; kind: string }>;

/** "Publish a model · registry". */
export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const p = await params;
  const kind = parsePublishKind(p.kind);
  const ref = parseRegistryRef(p);
  return { title: kind && ref ? `Publish ${PUBLISH_KIND_WORDS[kind].aNoun} · ${ref.name}` : 'Publish' };
}

/** The publish page of one kind. */
export default async function PublishPage({ params }: { params: Params }) {
  const p = await params;
  const kind = parsePublishKind(p.kind);
  const ref = parseRegistryRef(p);
  if (!kind || !ref) notFound();
  const access = await readPublishAccess(ref);
  if (!access.ok && access.status === 404) notFound();
  if (!access.ok && access.status === 403) return <RegistryAccessDenied registry={ref} error={failureView(access)} />;
  if (!access.ok) return <ArmErrorState heading={`Couldn't open ${ref.name} to publish`} error={failureView(access)} />;
  return <PublishView registry={ref} kind={kind} refusal={access.data.refusal} actions={{ startUpload: startUploadAction, createVersion: createVersionAction }} />;
}
