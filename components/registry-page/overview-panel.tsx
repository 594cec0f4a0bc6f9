'use client';
// The Overview tab: what the registry is (ids and URLs copyable), who made and changed it, and its tags
// and description. The primary region is marked permanent: ARM never lets `location` change (§4).
import { Badge, Body1, makeStyles, Subtitle2, Tag, TagGroup, tokens } from '@fluentui/react-components';
import { LockClosed12Regular } from '@fluentui/react-icons';
import { LocalTime } from './local-time';
import { PropertyList, type PropertyRow } from './property-list';
import type { RegistryDetails } from '@/lib/registries/registry-details';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  muted: { color: tokens.colorNeutralForeground2 },
  inline: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** The registry's properties. */
export function OverviewPanel({ details }: { details: RegistryDetails }) {
  const styles = useStyles();
  const { view } = details;
  const primaryLabel = details.regions.find((r) => r.isPrimary)?.label ?? view.location;
  const rows: PropertyRow[] = [
    { name: 'Name', value: view.name, copy: view.name },
    { name: 'Resource group', value: view.resourceGroup, copy: view.resourceGroup },
    { name: 'Subscription', value: details.subscriptionName ? `${details.subscriptionName} (${view.subscriptionId})` : view.subscriptionId, copy: view.subscriptionId },
    {
      name: 'Primary region',
      value: (
        <span className={styles.inline}>
          {primaryLabel}
          <Badge appearance="tint" color="informative" icon={<LockClosed12Regular />}>Permanent</Badge>
        </span>
      ),
    },
    { name: 'Additional regions', value: view.additionalRegions.length ? view.additionalRegions.map((r) => details.regions.find((d) => d.location === r)?.label ?? r).join(', ') : 'None' },
    { name: 'Public network access', value: view.publicNetworkAccess },
    { name: 'Identity', value: view.identity ? `${view.identity.type}${view.identity.principalId ? ` · principal ${view.identity.principalId}` : ''}` : 'None', copy: view.identity?.principalId ?? null },
    { name: 'Managed resource group', value: view.managedResourceGroupName, copy: view.managedResourceGroupId, mono: true },
    { name: 'Discovery URL', value: view.discoveryUrl, copy: view.discoveryUrl, mono: true },
    { name: 'MLflow registry URI', value: view.mlflowUri, copy: view.mlflowUri, mono: true },
    { name: 'Resource ID', value: view.id, copy: view.id, mono: true },
    { name: 'Created', value: <span>{view.createdBy ?? 'unknown'} · <LocalTime iso={view.createdAt} /></span> },
    { name: 'Last modified', value: <span>{view.modifiedBy ?? 'unknown'} · <LocalTime iso={view.modifiedAt} /></span> },
  ];
  const tags = Object.entries(view.tags);
  return (
    <div className={styles.root}>
      <PropertyList rows={rows} label="Registry properties" />
      <section className={styles.section} aria-label="Description">
        <Subtitle2 as="h2">Description</Subtitle2>
        <Body1 className={view.description ? undefined : styles.muted}>{view.description || 'No description.'}</Body1>
      </section>
      <section className={styles.section} aria-label="Tags">
        <Subtitle2 as="h2">Tags</Subtitle2>
        {tags.length === 0 ? (
          <Body1 className={styles.muted}>No tags.</Body1>
        ) : (
          <TagGroup aria-label="Registry tags">
            {tags.map(([name, value]) => (
              <Tag key={name} appearance="outline" value={name}>{`${name}: ${value}`}</Tag>
            ))}
          </TagGroup>
        )}
      </section>
    </div>
  );
}
