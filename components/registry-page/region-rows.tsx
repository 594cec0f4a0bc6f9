'use client';
// One region's rows in the Regions table: one per storage account (or a placeholder while none exists),
// the region's name and container registry / replication on the first, and Remove for additional regions.
import { Badge, makeStyles, TableCell, TableRow, tokens } from '@fluentui/react-components';
import { Delete20Regular, LockClosed12Regular } from '@fluentui/react-icons';
import type { RegionDetails } from '@/lib/registries/registry-details';
import { GuardedButton } from './guarded-button';
import { StatusBadge } from './status-badge';

const useStyles = makeStyles({
  // Storage account names are long unbroken words: they wrap inside their cell instead of running into the next.
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  cell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
  // Fluent's badge has a fixed height: shrunk by the cell, its words would wrap out of it.
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
});

/** The rows of `region`; Remove is blocked with `removeBlocked` when set. */
export function RegionRows({ region, onRemove, removeBlocked }: { region: RegionDetails; onRemove: (r: RegionDetails) => void; removeBlocked: string | null }) {
  const styles = useStyles();
  const accounts = region.storageAccounts.length ? region.storageAccounts : [null];
  return accounts.map((account, index) => (
    <TableRow key={`${region.location}-${index}`} aria-label={region.label}>
      <TableCell>
        {index === 0 && (
          <span className={styles.cell}>
            {region.label}
            {region.isPrimary && <Badge className={styles.badge} appearance="tint" color="informative" icon={<LockClosed12Regular />}>Primary · permanent</Badge>}
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
