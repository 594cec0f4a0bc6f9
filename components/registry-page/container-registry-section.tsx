'use client';
// The Regions tab's container registry: the one Premium registry's name, SKU, state and id, or a note
// while it is still being created.
import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { RegistryDetails } from '@/lib/registries/registry-details';
import { PropertyList } from './property-list';
import { StatusBadge } from './status-badge';

const useStyles = makeStyles({ muted: { color: tokens.colorNeutralForeground2 } });

/** The container registry section; `acr` null while it is being created. */
export function ContainerRegistrySection({ acr }: { acr: RegistryDetails['containerRegistry'] }) {
  const styles = useStyles();
  return (
      <section aria-label="Container registry">
        <Subtitle2 as="h2">Container registry</Subtitle2>
        {acr ? (
          <PropertyList
            label="Container registry"
            rows={[
              { name: 'Name', value: acr.name ?? 'Being created…', copy: acr.name, mono: true },
              { name: 'SKU', value: acr.sku ?? '—' },
              { name: 'Status', value: <StatusBadge status={acr.status} /> },
              { name: 'Resource ID', value: acr.id, copy: acr.id, mono: true },
            ]}
          />
        ) : (
          <Body1 className={styles.muted}>The container registry is being created.</Body1>
        )}
      </section>
  );
}
