'use client';
// A publish page: its title, where it publishes to, what is missing when the signed-in person may not
// publish (the form stays visible so they can see what it asks for, its submit disabled), and the form of
// the kind.
import dynamic from 'next/dynamic';
import { Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { PageHeader } from '@/components/shell/page-header';
import { useClientNavigation } from '@/components/shell/use-client-navigation';
import { PUBLISH_KIND_WORDS, type PublishKind } from '@/lib/registries/assets/publish-kinds';
import type { RegistryRef } from '@/lib/registries/registry-ref';
import { registryHref } from '@/lib/registries/registry-href';
import type { PublishActions } from './use-publish';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  bar: { whiteSpace: 'normal', maxWidth: '880px' },
});

// One page publishes one kind: each form is its own download, so a page carries only its own.
const FORMS = {
  models: dynamic(() => import('./model-form').then((m) => m.ModelForm)),
  environments: dynamic(() => import('./environment-form').then((m) => m.EnvironmentForm)),
  components: dynamic(() => import('./component-form').then((m) => m.ComponentForm)),
  data: dynamic(() => import('./data-form').then((m) => m.DataForm)),
} as const;

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
