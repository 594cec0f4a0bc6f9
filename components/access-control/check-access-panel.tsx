'use client';
// "Check access": for a principal, what it may do on this registry and which assignment grants each
// permission. Computed from the role assignments and role definitions the tab already read (ARM's
// permissions API answers only for the caller), the way ARM evaluates them.
import { Dropdown, Field, Input, makeStyles, Option, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { effectiveAccess } from '@/lib/session/rbac/access-view';
import { CHECKED_ACTIONS } from '@/lib/session/rbac/console-actions';
import type { AccessControlData } from '@/lib/session/rbac/access-control-data';
import { EffectivePermissionsTable } from './effective-permissions-table';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  picker: { maxWidth: '420px' },
});

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The principal picker and the effective-permissions table. */
export function CheckAccessPanel({ data }: { data: AccessControlData }) {
  const styles = useStyles();
  const [principalId, setPrincipalId] = useState('');
  const chosen = data.principals.find((p) => p.id === principalId);
  const ready = GUID.test(principalId);
  const verdicts = ready ? effectiveAccess(principalId, data.assignments, data.roles, CHECKED_ACTIONS) : [];
  return (
    <section className={styles.section} aria-labelledby="check-access-heading">
      <Subtitle2 as="h3" id="check-access-heading">
        Check access
      </Subtitle2>
      {data.directory === 'emulator' ? (
        <Field label="Principal to check" className={styles.picker}>
          <Dropdown
            placeholder="Choose a user"
            value={chosen ? `${chosen.displayName} (${chosen.userPrincipalName})` : ''}
            selectedOptions={principalId ? [principalId] : []}
            onOptionSelect={(_e, d) => setPrincipalId(d.optionValue ?? '')}
          >
            {data.principals.map((p) => (
              <Option key={p.id} value={p.id} text={`${p.displayName} (${p.userPrincipalName})`}>
                {p.displayName} ({p.userPrincipalName})
              </Option>
            ))}
          </Dropdown>
        </Field>
      ) : (
        <Field label="Principal object id to check" className={styles.picker} hint="Direct assignments only: group memberships are not expanded.">
          <Input value={principalId} onChange={(_e, d) => setPrincipalId(d.value.trim())} />
        </Field>
      )}
      {ready && <EffectivePermissionsTable verdicts={verdicts} />}
    </section>
  );
}
