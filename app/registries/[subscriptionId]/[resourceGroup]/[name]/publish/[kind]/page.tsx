// /registries/{subscriptionId}/{resourceGroup}/{name}/publish/{kind}: publish a new model, environment,
// component or data asset version. The kind and the registry address are checked before any ARM call (404
// otherwise); a registry the principal cannot read says so; without assets/write the form shows what is
// missing and cannot be submitted (the actions refuse it anyway). ARM gets the page's budget
// (lib/arm/deadline.ts); past it the page says why it waits and the browser reads on by itself.
// No loading.tsx: the form's fields are in the first HTML, disabled until hydrated (a Suspense fallback
// would hold them back until the scripts run: e2e/asset-publish/early-typing.spec.ts).
import { dehydrate, HydrationBoundary } from '@tanstack/react-query';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getQueryClient } from '@/components/providers/get-query-client';
import { RegistryAccessDenied } from '@/components/registry-page/registry-access-denied';
import { failureView } from '@/lib/action-kit/action-result';
import { PAGE_ARM_BUDGET_MS, withArmDeadline } from '@/lib/arm/deadline';
import { parsePublishKind, PUBLISH_KIND_WORDS } from '@/lib/registries/assets/publish-common';
import { parseRegistryRef } from '@/lib/registries/registry-ref';
import { getPublishAccessAction } from './get-publish-access-action';
import { publishAccessQuery } from './publish-access-query';
import { PublishAccessView } from './publish-access-view';

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
  const queryClient = getQueryClient();
  const access = await queryClient.fetchQuery({ ...publishAccessQuery(ref), queryFn: () => withArmDeadline(PAGE_ARM_BUDGET_MS, () => getPublishAccessAction(ref)) });
  if (!access.ok && access.status === 404) notFound();
  if (!access.ok && access.status === 403) return <RegistryAccessDenied registry={ref} error={failureView(access)} />;
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <PublishAccessView registry={ref} kind={kind} />
    </HydrationBoundary>
  );
}
