'use client';
// The role choice of "Add role assignment": each role with its description and its permissions (the
// selected one in full), so the choice is made on what a role allows rather than on its name.
import { Caption1, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import type { RoleView } from '@/lib/session/rbac/access-view';
import { RolePermissions } from './role-permissions';

const useStyles = makeStyles({
  label: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  summary: { color: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  detail: { marginLeft: tokens.spacingHorizontalXXL, marginBottom: tokens.spacingVerticalS },
});

function summaryOf(role: RoleView): string {
  const actions = role.permissions.flatMap((p) => p.actions);
  const except = role.permissions.flatMap((p) => p.notActions ?? []).length;
  const shown = actions.slice(0, 3).join(', ');
  const more = actions.length > 3 ? ` +${actions.length - 3} more` : '';
  return `${shown}${more}${except ? ` (except ${except} actions, listed when chosen)` : ''}`;
}

/** A radio per role; `value` is the chosen role's GUID. */
export function RolePicker({
  roles,
  value,
  onChange,
  labelledBy,
}: {
  roles: readonly RoleView[];
  value: string;
  onChange: (guid: string) => void;
  labelledBy: string;
}) {
  const styles = useStyles();
  return (
    <RadioGroup value={value} onChange={(_e, data) => onChange(data.value)} aria-labelledby={labelledBy}>
      {roles.map((role) => (
        <div key={role.guid}>
          <Radio
            value={role.guid}
            label={
              <span className={styles.label}>
                <span>
                  {role.roleName}
                  {role.type === 'CustomRole' ? ' (custom)' : ''}
                </span>
                {role.description && <Caption1>{role.description}</Caption1>}
                <Caption1 className={styles.summary}>{summaryOf(role)}</Caption1>
              </span>
            }
          />
          {value === role.guid && (
            <div className={styles.detail}>
              <RolePermissions permissions={role.permissions} />
            </div>
          )}
        </div>
      ))}
    </RadioGroup>
  );
}
