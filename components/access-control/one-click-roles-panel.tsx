'use client';
// The seed's three custom roles, one click each to create at the registry's subscription, each with exactly
// the permissions it grants. Once created they appear in "Add role assignment".
import { Badge, Body1, Card, CardHeader, makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { CONSOLE_ACTIONS } from '@/lib/session/rbac/console-actions';
import { ONE_CLICK_ROLES, type OneClickRole } from '@/lib/session/rbac/one-click-roles';
import type { AccessControlData } from '@/lib/session/rbac/access-control-data';
import { accessControlKey } from './access-control-query';
import { FailureBar } from '@/components/action-kit/failure-bar';
import type { AccessControlTarget } from '@/lib/session/rbac/access-control-data';
import { useActionMutation } from '@/components/action-kit/use-action-mutation';
import { useAccessControlActions } from './access-control-actions';
import { HydratedButton } from '@/components/shell/hydrated-button';
import { PermissionGate } from './permission-gate';
import { RolePermissions } from './role-permissions';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  cards: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))', gap: tokens.spacingHorizontalM },
  card: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** The three cards, for the registry's subscription. */
export function OneClickRolesPanel({ target, data }: { target: AccessControlTarget; data: AccessControlData }) {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="one-click-roles-heading">
      <Subtitle2 as="h3" id="one-click-roles-heading">
        Custom roles for registries
      </Subtitle2>
      <Body1>
        Contributor also lets people create, change and delete registries. These roles give only what each job needs. They are created in the
        subscription &quot;{data.subscriptionName}&quot; and can then be assigned above.
      </Body1>
      <div className={styles.cards}>
        {ONE_CLICK_ROLES.map((role) => (
          <OneClickRoleCard key={role.kind} target={target} data={data} role={role} />
        ))}
      </div>
    </section>
  );
}

function OneClickRoleCard({ target, data, role }: { target: AccessControlTarget; data: AccessControlData; role: OneClickRole }) {
  const styles = useStyles();
  const queryClient = useQueryClient();
  const state = data.oneClickRoles.find((r) => r.kind === role.kind);
  const { createOneClickRole } = useAccessControlActions();
  const { run, pending, failure } = useActionMutation((kind: string) => createOneClickRole(target, kind), {
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accessControlKey(target) }),
  });
  const exists = !!state?.existingGuid;
  return (
    <Card className={styles.card} aria-label={role.title}>
      <CardHeader
        header={<Subtitle2 as="h4">{role.title}</Subtitle2>}
        description={state?.roleName}
        action={exists ? <Badge color="success" appearance="tint">Created</Badge> : undefined}
      />
      <Body1>{role.summary}</Body1>
      <RolePermissions permissions={[{ actions: role.actions }]} />
      {failure && <FailureBar failure={failure} title={`Couldn't create ${role.title}`} />}
      {!exists && (
        <PermissionGate action={CONSOLE_ACTIONS.roleDefinitionWrite} permissions={data.permissions.subscription}>
          <HydratedButton onClick={() => run(role.kind)} disabled={pending} icon={pending ? <Spinner size="tiny" /> : undefined}>
            {pending ? 'Creating…' : `Create ${role.title}`}
          </HydratedButton>
        </PermissionGate>
      )}
    </Card>
  );
}
