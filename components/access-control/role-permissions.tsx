'use client';
// A role's permissions, listed: allowed actions, and the ones carved out (notActions).
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { PermissionBlock } from '@/lib/session/rbac/can';

const useStyles = makeStyles({
  // Action names are long unbroken strings: let them wrap at any character rather than overflow the card.
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  label: { color: tokens.colorNeutralForeground2 },
});

/** The actions and notActions of a role's permission blocks. */
export function RolePermissions({ permissions, id }: { permissions: readonly PermissionBlock[]; id?: string }) {
  const styles = useStyles();
  const actions = permissions.flatMap((p) => p.actions);
  const notActions = permissions.flatMap((p) => p.notActions ?? []);
  return (
    <div id={id}>
      <Caption1 className={styles.label}>Allows</Caption1>
      <ul className={styles.list}>
        {actions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      {notActions.length > 0 && (
        <>
          <Caption1 className={styles.label}>Except</Caption1>
          <ul className={styles.list}>
            {notActions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
