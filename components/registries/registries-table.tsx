'use client';
// The registries list as a plain Fluent table: Name (link to the registry's page), Resource group,
// Subscription (display name) and Primary region (display name).
import {
  Link,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { useClientNavigation } from '@/components/shell/use-client-navigation';
import { registryPagePath, type RegistryRow } from '@/lib/registries/registry-row';

/** Column headers, in order (shared with the loading skeleton so both line up). */
export const REGISTRY_COLUMNS = ['Name', 'Resource group', 'Subscription', 'Primary region'] as const;

const useStyles = makeStyles({
  table: { minWidth: '640px' },
  secondary: { color: tokens.colorNeutralForeground2 },
});

/** One row per registry; `rows` are shown in the order given. */
export function RegistriesTable({ rows }: { rows: readonly RegistryRow[] }) {
  const styles = useStyles();
  const navigate = useClientNavigation();
  return (
    <Table aria-label="Registries" className={styles.table}>
      <TableHeader>
        <TableRow>
          {REGISTRY_COLUMNS.map((column) => (
            <TableHeaderCell key={column}>{column}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id}>
            <TableCell>
              <Link href={registryPagePath(row)} onClick={navigate}>
                {row.name}
              </Link>
            </TableCell>
            <TableCell>{row.resourceGroup}</TableCell>
            <TableCell>
              <span title={row.subscriptionId}>{row.subscriptionName}</span>
            </TableCell>
            <TableCell>
              <span title={row.location}>{row.locationDisplayName}</span>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
