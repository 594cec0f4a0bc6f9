'use client';
// The access-control tab's role assignments: the heading with Add role assignment (offered by the
// principal's permissions, disabled until hydrated), and the assignments table, or why they cannot be read.
import { Body1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, tokens } from '@fluentui/react-components';
import { PersonAdd20Regular } from '@fluentui/react-icons';
import { HydratedButton } from '@/components/shell/hydrated-button';
import type { AccessControlData, AccessControlTarget } from '@/lib/session/rbac/access-control-data';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';
import { AssignmentsTable } from './assignments-table';
import { PermissionGate } from './permission-gate';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  grow: { flexGrow: 1 },
  // ARM's message names a long unbroken scope: wrap it anywhere rather than widen the page.
  wrap: { whiteSpace: 'normal', overflowWrap: 'anywhere', minWidth: 0 },
});

/** The role assignments of `target`; `onAdd` opens the add dialog. */
export function RoleAssignmentsSection({ target, data, onAdd }: { target: AccessControlTarget; data: AccessControlData; onAdd: () => void }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="role-assignments-heading">
      <div className={styles.bar}>
        <Subtitle2 as="h3" id="role-assignments-heading" className={styles.grow}>
          Role assignments
        </Subtitle2>
        <PermissionGate action={CONSOLE_ACTIONS.roleAssignmentWrite} permissions={data.permissions.registry}>
          <HydratedButton appearance="primary" icon={<PersonAdd20Regular />} onClick={onAdd}>
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
  );
}
