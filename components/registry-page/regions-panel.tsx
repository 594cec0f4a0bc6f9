'use client';
// The Regions tab: per region, its storage account (name, type, hierarchical namespace, state) and the
// container registry there (the registry itself in the primary region, a geo-replication elsewhere),
// plus the one Premium container registry's name and SKU (arm-contract §5 "What creation provisions").
import { makeStyles, Table, TableBody, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { Add20Regular } from '@fluentui/react-icons';
import type { RegionDetails, RegistryDetails } from '@/lib/registries/registry-details';
import { ContainerRegistrySection } from './container-registry-section';
import { GuardedButton } from './guarded-button';
import { RegionRows } from './region-rows';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  toolbar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  // Wide enough for the primary region's badge beside its name; narrower screens scroll the table, not the page.
  table: { minWidth: '980px' },
  scroll: { overflowX: 'auto' },
});

/** Column headers, in order. */
export const REGION_COLUMNS = ['Region', 'Storage account', 'Storage type', 'Hierarchical namespace', 'Storage status', 'Container registry', ''] as const;

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
  const addBlocked = writeBlocked ?? (details.addableRegions.length === 0 ? 'No other supported region is left to add.' : null);
  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <GuardedButton appearance="primary" icon={<Add20Regular />} onClick={onAdd} blockedReason={addBlocked}>
          Add regions
        </GuardedButton>
      </div>
      <ContainerRegistrySection acr={details.containerRegistry} />
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
