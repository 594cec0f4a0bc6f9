// One schema for the "Add role assignment" form and its server action (house style: dub's shared schemas).
import { z } from 'zod';

/** Principal types ARM accepts on a role assignment (arm-contract §3 "Role assignments"). */
export const PRINCIPAL_TYPES = ['User', 'Group', 'ServicePrincipal'] as const;

/** The form: a role (GUID) and a principal (object id) with its type. */
export const addRoleAssignmentSchema = z.strictObject({
  roleGuid: z.guid({ error: 'Choose a role.' }),
  principalId: z.guid({ error: 'Enter the principal’s object id (a GUID), or choose one from the directory.' }),
  principalType: z.enum(PRINCIPAL_TYPES),
});

/** The form's values. */
export type AddRoleAssignmentForm = z.infer<typeof addRoleAssignmentSchema>;
