'use client';
// The role assignments that apply to the registry: principal, role, and scope — the registry's own first,
// then those inherited from its resource group and subscription, marked "Inherited" with their scope.
import {
  Badge,
  Caption1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableCellLayout,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import type { PermissionBlock } from '@/lib/session/rbac/can';
import type { AssignmentView } from '@/lib/session/rbac/access-view';
import type { AccessControlTarget } from '@/lib/session/rbac/access-control-data';
import { RemoveAssignmentButton } from './remove-assignment-button';

const useStyles = makeStyles({
  scope: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // A UPN is one long word: it wraps inside the Principal column instead of running under the Role.
  upn: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  actions: { width: '140px' },
  // On a phone the table scrolls sideways in this box (a tab stop, so the keyboard can scroll it too) rather
  // than squeezing principals' names into a few letters a line.
  wrap: { overflowX: 'auto', ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  table: { minWidth: '640px' },
});

/** The assignments table; Remove is offered on the registry's own assignments. */
export function AssignmentsTable({
  target,
  assignments,
  permissions,
}: {
  target: AccessControlTarget;
  assignments: readonly AssignmentView[];
  permissions: readonly PermissionBlock[];
}) {
  const styles = useStyles();
  return (
    <div className={styles.wrap} role="region" aria-label="Role assignments table" tabIndex={0}>
      <Table aria-label="Role assignments" size="small" className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Principal</TableHeaderCell>
            <TableHeaderCell>Role</TableHeaderCell>
            <TableHeaderCell>Scope</TableHeaderCell>
            <TableHeaderCell className={styles.actions} aria-label="Actions" />
          </TableRow>
        </TableHeader>
        <TableBody>
          {assignments.map((a) => (
            <TableRow key={a.id}>
              <TableCell>
                <TableCellLayout description={<Caption1 className={styles.upn}>{a.principalUpn ?? `${a.principalType} · ${a.principalId}`}</Caption1>}>
                  {a.principalName}
                </TableCellLayout>
              </TableCell>
              <TableCell>{a.roleName}</TableCell>
              <TableCell>
                <span className={styles.scope}>
                  {a.scopeLabel}
                  {a.inherited && (
                    <Badge appearance="tint" color="informative" size="small">
                      Inherited
                    </Badge>
                  )}
                </span>
              </TableCell>
              <TableCell className={styles.actions}>
                {!a.inherited && <RemoveAssignmentButton target={target} assignment={a} permissions={permissions} />}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
