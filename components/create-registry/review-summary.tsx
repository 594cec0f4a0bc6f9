'use client';
// Review + create's summary: one card per step with its values and an Edit link back to it.
import { Card, CardHeader, Link, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { storageSettingFor, type CreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { CREATE_STEP_LABELS, type CreateStep } from '@/lib/registries/create-steps';
import { regionLabel, type RegionOption } from '@/lib/registries/regions';
import type { SubscriptionOption } from '@/lib/registries/wizard-options';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalS, margin: 0 },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: 'anywhere' },
  error: { color: tokens.colorPaletteRedForeground1 },
});

type Row = [label: string, value: ReactNode];

function SummaryCard({ step, rows, hasErrors, onEdit }: { step: CreateStep; rows: Row[]; hasErrors: boolean; onEdit(step: CreateStep): void }) {
  const styles = useStyles();
  const label = CREATE_STEP_LABELS[step];
  return (
    <Card>
      <CardHeader
        header={
          <Subtitle2 as="h2">
            {label}
            {hasErrors && <span className={styles.error}> (needs attention)</span>}
          </Subtitle2>
        }
        action={
          <Link as="button" onClick={() => onEdit(step)} aria-label={`Edit ${label}`}>
            Edit
          </Link>
        }
      />
      <dl className={styles.list}>
        {rows.map(([term, value]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

/** Props: the values to show, lookups for display names, and which steps have errors. */
export interface ReviewSummaryProps {
  values: CreateRegistryForm;
  subscriptions: SubscriptionOption[];
  regions: RegionOption[];
  stepsWithErrors: readonly CreateStep[];
  onEdit(step: CreateStep): void;
}

/** The three summary cards. */
export function ReviewSummary({ values, subscriptions, regions, stepsWithErrors, onEdit }: ReviewSummaryProps) {
  const styles = useStyles();
  const none = 'None';
  const subscription = subscriptions.find((s) => s.subscriptionId === values.subscriptionId)?.displayName ?? (values.subscriptionId || none);
  const group = values.resourceGroup.name === '' ? none : values.resourceGroup.mode === 'new' ? `(New) ${values.resourceGroup.name}` : values.resourceGroup.name;
  const allRegions = [values.primaryRegion, ...values.additionalRegions].filter((r) => r !== '');
  const storage = allRegions
    .map((r) => {
      const s = storageSettingFor({ storage: values.advanced.storage ?? {} }, r);
      return `${regionLabel(r, regions)}: ${s.type}${s.hns ? ', hierarchical namespace' : ''}`;
    })
    .join('; ');
  const tags = values.tags.length === 0 ? none : values.tags.map((t) => `${t.name}: ${t.value}`).join(', ');
  const cards: [CreateStep, Row[]][] = [
    ['basics', [['Subscription', subscription], ['Resource group', group], ['Registry name', values.name || none], ['Description', values.description || none]]],
    [
      'regions',
      [
        ['Primary region', values.primaryRegion ? regionLabel(values.primaryRegion, regions) : none],
        ['Additional regions', values.additionalRegions.length ? values.additionalRegions.map((r) => regionLabel(r, regions)).join(', ') : none],
        ['Storage', storage || none],
        ['Public network access', values.advanced.publicNetworkAccess],
      ],
    ],
    ['tags', [['Tags', tags]]],
  ];
  return (
    <div className={styles.root}>
      {cards.map(([step, rows]) => (
        <SummaryCard key={step} step={step} rows={rows} hasErrors={stepsWithErrors.includes(step)} onEdit={onEdit} />
      ))}
    </div>
  );
}
