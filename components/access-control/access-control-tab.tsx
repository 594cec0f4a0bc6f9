'use client';
// The registry page's "Access control" tab, self-contained: give it a registry and it reads the role
// assignments that apply there (own and inherited), offers Add and Remove by the signed-in principal's
// permissions, the three one-click custom roles, and Check access. ARM enforces all of it again.
import {
  Body1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Skeleton,
  SkeletonItem,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { PersonAdd20Regular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';
import { AccessControlActionsProvider, useAccessControlActions, type AccessControlActions } from './access-control-actions';
import { accessControlQuery } from './access-control-query';
import { FailureBar } from '@/components/action-kit/failure-bar';
import type { AccessControlTarget } from '@/lib/session/rbac/access-control-data';
import { AddRoleAssignmentDialog } from './add-role-assignment-dialog';
import { AssignmentsTable } from './assignments-table';
import { CheckAccessPanel } from './check-access-panel';
import { OneClickRolesPanel } from './one-click-roles-panel';
import { HydratedButton } from '@/components/shell/hydrated-button';
import { PermissionGate } from './permission-gate';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXL },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  grow: { flexGrow: 1 },
  // ARM's message names a long unbroken scope: wrap it anywhere rather than widen the page.
  wrap: { whiteSpace: 'normal', overflowWrap: 'anywhere', minWidth: 0 },
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
      <section className={styles.section} aria-labelledby="role-assignments-heading">
        <div className={styles.bar}>
          <Subtitle2 as="h3" id="role-assignments-heading" className={styles.grow}>
            Role assignments
          </Subtitle2>
          <PermissionGate action={CONSOLE_ACTIONS.roleAssignmentWrite} permissions={data.permissions.registry}>
            <HydratedButton appearance="primary" icon={<PersonAdd20Regular />} onClick={() => setAdding(true)}>
              Add role assignment
            </HydratedButton>
          </PermissionGate>
        </div>
        <Body1>Assignments made on this registry, and those it inherits from its resource group and subscription.</Body1>
        {data.readError ? (
          <MessageBar intent="warning" layout="multiline" className={styles.wrap}>
            <MessageBarBody className={styles.wrap}>
              <MessageBarTitle>You can&apos;t see who has access here</MessageBarTitle>
              {data.readError}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <AssignmentsTable target={target} assignments={data.assignments} permissions={data.permissions.registry} />
        )}
      </section>
      {!data.readError && <CheckAccessPanel data={data} />}
      <OneClickRolesPanel target={target} data={data} />
      <AddRoleAssignmentDialog target={target} data={data} open={adding} onOpenChange={setAdding} />
    </div>
  );
}
