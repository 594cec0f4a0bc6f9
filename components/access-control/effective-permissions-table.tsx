'use client';
// Check access's answer: per checked permission, allowed or not, and the assignments that grant it.
import { Badge, Body1, makeStyles, Table, TableBody, TableCell, TableCellLayout, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import type { EffectivePermission } from '@/lib/session/rbac/access-view';

const useStyles = makeStyles({
  action: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

/** The effective-permissions table of one principal. */
export function EffectivePermissionsTable({ verdicts }: { verdicts: readonly EffectivePermission[] }) {
  const styles = useStyles();
  return (
    <Table aria-label="Effective permissions" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Permission</TableHeaderCell>
          <TableHeaderCell>Access</TableHeaderCell>
          <TableHeaderCell>Granted by</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {verdicts.map((v) => (
          <TableRow key={v.action}>
            <TableCell>
              <TableCellLayout description={<span className={styles.action}>{v.action}</span>}>{v.phrase}</TableCellLayout>
            </TableCell>
            <TableCell>
              <Badge appearance="tint" color={v.allowed ? 'success' : 'subtle'}>
                {v.allowed ? 'Allowed' : 'Not allowed'}
              </Badge>
            </TableCell>
            <TableCell>
              {v.grantedBy.length === 0 ? (
                <Body1>—</Body1>
              ) : (
                v.grantedBy.map((g) => `${g.roleName} at ${g.scopeLabel}${g.inherited ? ' (inherited)' : ''}`).join('; ')
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
