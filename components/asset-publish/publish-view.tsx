'use client';
// A publish page: its title, where it publishes to, what is missing when the signed-in person may not
// publish (the form stays visible so they can see what it asks for, its submit disabled), and the form of
// the kind.
import { Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { PageHeader } from '@/components/shell/page-header';
import { useClientNavigation } from '@/components/shell/use-client-navigation';
import { PUBLISH_KIND_WORDS, type PublishKind } from '@/lib/registries/assets/publish-common';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { registryHref } from '@/lib/registries/registry-href';
import { ComponentForm } from './component-form';
import { DataForm } from './data-form';
import { EnvironmentForm } from './environment-form';
import { ModelForm } from './model-form';
import type { PublishActions } from './use-publish';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  bar: { whiteSpace: 'normal', maxWidth: '880px' },
});

const FORMS = { models: ModelForm, environments: EnvironmentForm, components: ComponentForm, data: DataForm } as const;

/** Props: the registry, the kind, the refusal (null when publishing is allowed) and the route's actions. */
export interface PublishViewProps {
  registry: RegistryRef;
  kind: PublishKind;
  refusal: string | null;
  actions: PublishActions;
}

/** The publish page's content. */
export function PublishView({ registry, kind, refusal, actions }: PublishViewProps) {
  const styles = useStyles();
  const navigate = useClientNavigation();
  const Form = FORMS[kind];
  return (
    <div className={styles.root}>
      <PageHeader
        title={`Publish ${PUBLISH_KIND_WORDS[kind].aNoun}`}
        description={
          <>
            To the registry{' '}
            <Link href={registryHref(registry)} onClick={navigate}>
              {registry.name}
            </Link>
            , where every workspace with access can use it.
          </>
        }
      />
      {refusal && (
        <MessageBar intent="warning" layout="multiline" className={styles.bar}>
          <MessageBarBody>
            <MessageBarTitle>You can&apos;t publish to this registry</MessageBarTitle>
            {refusal}
          </MessageBarBody>
        </MessageBar>
      )}
      <Form registry={registry} actions={actions} refusal={refusal} />
    </div>
  );
}
