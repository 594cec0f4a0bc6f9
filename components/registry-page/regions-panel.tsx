'use client';
// The Regions tab: per region, its storage account (name, type, hierarchical namespace, state) and the
// container registry there (the registry itself in the primary region, a geo-replication elsewhere),
// plus the one Premium container registry's name and SKU (arm-contract §5 "What creation provisions").
import {
  Badge,
  Body1,
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { Add20Regular, Delete20Regular, LockClosed12Regular } from '@fluentui/react-icons';
import { GuardedButton } from './guarded-button';
import { PropertyList } from './property-list';
import type { RegionDetails, RegistryDetails } from '@/lib/registries/registry-details';
import { StatusBadge } from './status-badge';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  table: { minWidth: '860px' },
  scroll: { overflowX: 'auto' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  cell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** Column headers, in order. */
export const REGION_COLUMNS = ['Region', 'Storage account', 'Storage type', 'Hierarchical namespace', 'Storage status', 'Container registry', ''] as const;

function RegionRows({ region, onRemove, removeBlocked }: { region: RegionDetails; onRemove: (r: RegionDetails) => void; removeBlocked: string | null }) {
  const styles = useStyles();
  const accounts = region.storageAccounts.length ? region.storageAccounts : [null];
  return accounts.map((account, index) => (
    <TableRow key={`${region.location}-${index}`} aria-label={region.label}>
      <TableCell>
        {index === 0 && (
          <span className={styles.cell}>
            {region.label}
            {region.isPrimary && <Badge appearance="tint" color="informative" icon={<LockClosed12Regular />}>Primary · permanent</Badge>}
          </span>
        )}
      </TableCell>
      <TableCell><span className={styles.mono}>{account?.name ?? 'Being created…'}</span></TableCell>
      <TableCell>{account?.type ?? '—'}</TableCell>
      <TableCell>{account ? (account.hnsEnabled ? 'Enabled' : 'Disabled') : '—'}</TableCell>
      <TableCell>{account ? <StatusBadge status={account.status} /> : '—'}</TableCell>
      <TableCell>
        {index === 0 && (
          <span className={styles.cell}>
            <span className={styles.muted}>{region.isPrimary ? 'Registry' : 'Replication'}</span>
            <StatusBadge status={region.acrReplication} />
          </span>
        )}
      </TableCell>
      <TableCell>
        {index === 0 && !region.isPrimary && (
          <GuardedButton
            appearance="subtle"
            icon={<Delete20Regular />}
            aria-label={`Remove region ${region.label}`}
            blockedReason={removeBlocked}
            onClick={() => onRemove(region)}
          >
            Remove
          </GuardedButton>
        )}
      </TableCell>
    </TableRow>
  ));
}

/** The regions table with Add regions and a Remove action per additional region. */
export function RegionsPanel({
  details,
  writeBlocked,
  onAdd,
  onRemove,
}: {
  details: RegistryDetails;
  /** Why region changes are not possible now (permissions, a running operation), or null. */
  writeBlocked: string | null;
  onAdd: () => void;
  onRemove: (region: RegionDetails) => void;
}) {
  const styles = useStyles();
  const acr = details.containerRegistry;
  const addBlocked = writeBlocked ?? (details.addableRegions.length === 0 ? 'No other supported region is left to add.' : null);
  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <GuardedButton appearance="primary" icon={<Add20Regular />} onClick={onAdd} blockedReason={addBlocked}>
          Add regions
        </GuardedButton>
      </div>
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
      <div className={styles.scroll}>
        <Table aria-label="Regions" className={styles.table}>
          <TableHeader>
            <TableRow>
              {REGION_COLUMNS.map((c, i) => (
                <TableHeaderCell key={i} {...(c ? {} : { 'aria-label': 'Actions' })}>{c}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {details.regions.map((region) => (
              <RegionRows key={region.location} region={region} onRemove={onRemove} removeBlocked={writeBlocked} />
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
