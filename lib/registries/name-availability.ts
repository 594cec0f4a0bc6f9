// Tenant-wide registry name uniqueness (ARM contract §1/§2): names are unique in the Entra tenant and compared
// ignoring case, and ARM has no checkNameAvailability for registries, so the wizard compares against the
// registries it can see and the deployment's validation catches the rest (409 Conflict).

/** A registry the name check knows about. */
export interface KnownRegistry {
  name: string;
  /** ARM id, to say where the name is used when the caller can see it. */
  id?: string;
}

/** What the live check reports for a candidate name. */
export type NameAvailability =
  | { available: true }
  | { available: false; message: string; takenBy?: string };

/** The registry already using `candidate` (case-insensitive), or null. */
export function findRegistryNamed(candidate: string, registries: Iterable<KnownRegistry>): KnownRegistry | null {
  const wanted = candidate.toLowerCase();
  for (const registry of registries) {
    if (registry.name.toLowerCase() === wanted) return registry;
  }
  return null;
}

/** The field message for a taken name (ux-research §2 proposes this wording). */
export function nameTakenMessage(candidate: string, existing: KnownRegistry): string {
  const same = existing.name === candidate ? '' : ` (as "${existing.name}")`;
  return `A registry in your organization already uses this name${same}. Names are unique across the tenant, ignoring case.`;
}

/** Availability of a candidate name among the known registries. */
export function nameAvailability(candidate: string, registries: Iterable<KnownRegistry>): NameAvailability {
  const existing = findRegistryNamed(candidate, registries);
  if (!existing) return { available: true };
  return { available: false, message: nameTakenMessage(candidate, existing), takenBy: existing.id };
}
