// Registries in the tenant with a given name, for the wizard's live name check. ARM has no
// checkNameAvailability for registries (contract §2), so one Resource Graph query looks across every
// subscription the principal can read (`=~` compares ignoring case, as registry names are unique).
// A registry the principal cannot read stays invisible; the deployment's validation then answers
// 409 Conflict, which the wizard maps back onto the name field.
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { queryAllResources } from '@/lib/arm/resource-graph';
import type { KnownRegistry } from '@/lib/registries/name-availability';
import { registryNameProblem } from '@/lib/registries/names';
import { REGISTRY_RESOURCE_TYPE_LOWER } from '@/lib/arm-facts/resource-types';

/** The Resource Graph query for registries named `name` (a valid registry name: no quotes can occur). */
export function registriesNamedQuery(name: string): string {
  if (registryNameProblem(name) !== null) throw new Error(`Not a registry name: ${JSON.stringify(name)}`);
  return `Resources | where type =~ '${REGISTRY_RESOURCE_TYPE_LOWER}' and name =~ '${name}' | project id, name`;
}

/** Every registry the principal can see whose name equals `name` ignoring case. */
export async function registriesNamedInTenant(client: ArmClient, name: string): Promise<KnownRegistry[]> {
  const { rows } = await queryAllResources<{ id: string; name: string }>(client, { query: registriesNamedQuery(name) });
  return rows.map((row) => ({ name: row.name, id: row.id }));
}
