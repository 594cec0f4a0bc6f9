'use client';
// The principal of a new role assignment: a choice from the emulator's directory, or (with Azure, where the
// console has no directory access) an object id and its type.
import { Dropdown, Field, Input, Option } from '@fluentui/react-components';
import type { PrincipalView } from '@/lib/session/rbac/access-view';
import type { DirectorySource } from '@/lib/session/rbac/access-control-data';
import { PRINCIPAL_TYPES } from '@/lib/session/rbac/add-role-assignment-schema';

/** The principal field(s); ids and types are controlled by the form. */
export function PrincipalField({
  directory,
  principals,
  principalId,
  principalType,
  error,
  onPrincipalId,
  onPrincipalType,
}: {
  directory: DirectorySource;
  principals: readonly PrincipalView[];
  principalId: string;
  principalType: string;
  error?: string;
  onPrincipalId: (id: string) => void;
  onPrincipalType: (type: (typeof PRINCIPAL_TYPES)[number]) => void;
}) {
  if (directory === 'emulator') {
    const selected = principals.find((p) => p.id === principalId);
    return (
      <Field label="Principal" required validationMessage={error} hint="From the emulator tenant's directory.">
        <Dropdown
          placeholder="Choose a user"
          value={selected ? `${selected.displayName} (${selected.userPrincipalName})` : ''}
          selectedOptions={principalId ? [principalId] : []}
          onOptionSelect={(_e, data) => onPrincipalId(data.optionValue ?? '')}
        >
          {principals.map((p) => (
            <Option key={p.id} value={p.id} text={`${p.displayName} (${p.userPrincipalName})`}>
              {p.displayName} ({p.userPrincipalName})
            </Option>
          ))}
        </Dropdown>
      </Field>
    );
  }
  return (
    <>
      <Field label="Principal object id" required validationMessage={error} hint="The user's, group's or service principal's object id in Microsoft Entra ID.">
        <Input value={principalId} onChange={(_e, data) => onPrincipalId(data.value.trim())} placeholder="00000000-0000-0000-0000-000000000000" />
      </Field>
      <Field label="Principal type">
        <Dropdown value={principalType} selectedOptions={[principalType]} onOptionSelect={(_e, data) => onPrincipalType((data.optionValue ?? 'User') as (typeof PRINCIPAL_TYPES)[number])}>
          {PRINCIPAL_TYPES.map((type) => (
            <Option key={type} value={type}>
              {type}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </>
  );
}
