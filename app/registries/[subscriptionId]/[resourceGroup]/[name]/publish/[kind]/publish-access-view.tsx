'use client';
// The publish page once its access read has answered: the form (disabled, with what is missing, without
// assets/write), the access-denied view for an ARM 403, or ARM's error. A read the render's ARM budget cut
// short says why it waits and is read again by itself (publish-access-query.ts), so the form appears as
// soon as ARM answers.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { ArmErrorState } from '@/components/arm-error/arm-error-state';
import { PublishView } from '@/components/asset-publish/publish-view';
import { RegistryAccessDenied } from '@/components/registry-page/registry-access-denied';
import { PageHeader } from '@/components/shell/page-header';
import { failureView } from '@/lib/action-kit/action-result';
import { readsAgainByItself } from '@/lib/action-kit/reads-again';
import { PUBLISH_KIND_WORDS, type PublishKind } from '@/lib/registries/assets/publish-common';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { createVersionAction } from './create-version-action';
import { publishAccessQuery } from './publish-access-query';
import { startUploadAction } from './start-upload-action';

const ACTIONS = { startUpload: startUploadAction, createVersion: createVersionAction };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
});

/** The publish page of `kind` into `registry`. */
export function PublishAccessView({ registry, kind }: { registry: RegistryRef; kind: PublishKind }) {
  const styles = useStyles();
  const access = useQuery(publishAccessQuery(registry));
  const result = access.data;
  // The server render always fetched the query, so there is data from the first paint on.
  if (result?.ok) return <PublishView registry={registry} kind={kind} refusal={result.data.refusal} actions={ACTIONS} />;
  if (result && result.status === 403) return <RegistryAccessDenied registry={registry} error={failureView(result)} />;
  return (
    <div className={styles.root}>
      <PageHeader title={`Publish ${PUBLISH_KIND_WORDS[kind].aNoun}`} />
      {result && (
        <ArmErrorState
          heading={`Couldn't open ${registry.name} to publish`}
          error={failureView(result)}
          onRetry={readsAgainByItself(result) ? undefined : () => void access.refetch()}
          retrying={access.isFetching}
        />
      )}
    </div>
  );
}
