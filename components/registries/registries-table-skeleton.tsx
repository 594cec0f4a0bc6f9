'use client';
// Placeholder for the registries table while ARM is being read: same columns, shimmering rows.
import {
  makeStyles,
  Skeleton,
  SkeletonItem,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { REGISTRY_COLUMNS } from './registries-table';

const PLACEHOLDER_ROWS = 6;

const useStyles = makeStyles({ table: { minWidth: '640px' } });

/** The loading state of the registries list, announced as busy to assistive technology. */
export function RegistriesTableSkeleton() {
  const styles = useStyles();
  return (
    <Skeleton aria-label="Loading registries">
      <Table aria-label="Registries (loading)" className={styles.table}>
        <TableHeader>
          <TableRow>
            {REGISTRY_COLUMNS.map((column) => (
              <TableHeaderCell key={column}>{column}</TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {Array.from({ length: PLACEHOLDER_ROWS }, (_, row) => (
            <TableRow key={row}>
              {REGISTRY_COLUMNS.map((column) => (
                <TableCell key={column}>
                  <SkeletonItem size={16} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Skeleton>
  );
}
