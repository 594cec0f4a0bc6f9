'use client';
// The registry page's "Access control" tab, self-contained: give it a registry and it reads the role
// assignments that apply there (own and inherited), offers Add and Remove by the signed-in principal's
// permissions, the three one-click custom roles, and Check access. ARM enforces all of it again.
import { makeStyles, Skeleton, SkeletonItem, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { AccessControlActionsProvider, useAccessControlActions, type AccessControlActions } from './access-control-actions';
import { accessControlQuery } from './access-control-query';
import { FailureBar } from '@/components/action-kit/failure-bar';
import type { AccessControlTarget } from '@/lib/session/rbac/access-control-data';
import { AddRoleAssignmentDialog } from './add-role-assignment-dialog';
import { CheckAccessPanel } from './check-access-panel';
import { OneClickRolesPanel } from './one-click-roles-panel';
import { RoleAssignmentsSection } from './role-assignments-section';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
});

/** Access control for one registry; `actions` are the route's server actions the tab calls. */
export function AccessControlTab({ actions, ...target }: AccessControlTarget & { actions: AccessControlActions }) {
  return (
    <AccessControlActionsProvider actions={actions}>
      <AccessControlBody {...target} />
    </AccessControlActionsProvider>
  );
}

function AccessControlBody({ subscriptionId, resourceGroup, registryName }: AccessControlTarget) {
  const styles = useStyles();
  const target = { subscriptionId, resourceGroup, registryName };
  const { load } = useAccessControlActions();
  const { data: result, error } = useQuery(accessControlQuery(target, load));
  const [adding, setAdding] = useState(false);
  if (error) return <FailureBar failure={{ ok: false, message: error.message }} title="Couldn't load access control" />;
  if (!result) {
    return (
      <Skeleton aria-label="Loading role assignments">
        <SkeletonItem size={24} />
        <SkeletonItem size={24} />
        <SkeletonItem size={24} />
      </Skeleton>
    );
  }
  if (!result.ok) return <FailureBar failure={result} title="Couldn't load access control" />;
  const data = result.data;
  return (
    <div className={styles.root}>
      <RoleAssignmentsSection target={target} data={data} onAdd={() => setAdding(true)} />
      {!data.readError && <CheckAccessPanel data={data} />}
      <OneClickRolesPanel target={target} data={data} />
      <AddRoleAssignmentDialog target={target} data={data} open={adding} onOpenChange={setAdding} />
    </div>
  );
}
