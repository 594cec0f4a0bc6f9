// The create action's gate: the shared schema, then the regions against what the subscription offers.
// Never throws: hostile input comes back as field errors, as the server action must return them.
import { createRegistrySchema, type CreateRegistryForm } from './create-registry-schema';
import { problemsOf, type FieldErrors, type ParseProblems } from './field-errors';
import { normalizeLocation } from './regions';

/** Most field errors returned at once: enough to fix a form, bounded for hostile input (10,000 bad tags). */
export const MAX_FIELD_ERRORS = 100;

/** The outcome of checking wizard values on the server. */
export type CreateRegistryParseResult = { ok: true; data: CreateRegistryForm } | ({ ok: false } & ParseProblems);

/** Where the server may place the registry and a new resource group (normalised region names). */
export interface RegionAllowance {
  /** Regions where the provider offers registries (`registryRegionOptions(...).map(o => o.name)`). */
  allowedRegions: Iterable<string>;
  /** Regions a new resource group may use (the subscription's locations); unchecked when absent. */
  resourceGroupLocations?: Iterable<string>;
}

/** Field errors for regions outside the allowance: primary, each additional region, a new group's location. */
export function validateRegionsAgainst(
  values: Pick<CreateRegistryForm, 'primaryRegion' | 'additionalRegions' | 'resourceGroup'>,
  allowance: RegionAllowance,
): FieldErrors {
  const allowed = new Set([...allowance.allowedRegions].map(normalizeLocation));
  const errors: FieldErrors = {};
  const refuse = (region: string) =>
    `Registries are not offered in "${region}" for this subscription; choose a region from the list.`;
  if (!allowed.has(values.primaryRegion)) errors.primaryRegion = refuse(values.primaryRegion);
  values.additionalRegions.forEach((region, index) => {
    if (!allowed.has(region)) errors[`additionalRegions.${index}`] = refuse(region);
  });
  const rg = values.resourceGroup;
  if (rg.mode === 'new' && allowance.resourceGroupLocations && rg.location !== undefined) {
    const rgAllowed = new Set([...allowance.resourceGroupLocations].map(normalizeLocation));
    if (!rgAllowed.has(rg.location)) {
      errors['resourceGroup.location'] = `"${rg.location}" is not a region of this subscription; choose one from the list.`;
    }
  }
  return errors;
}

// Shallow issues first (a "too many tags" beats 10,000 row messages), then cut to the limit.
function bounded(problems: ParseProblems): ParseProblems {
  const entries = Object.entries(problems.fieldErrors)
    .sort(([a], [b]) => a.split('.').length - b.split('.').length)
    .slice(0, MAX_FIELD_ERRORS);
  return { fieldErrors: Object.fromEntries(entries), formErrors: problems.formErrors.slice(0, MAX_FIELD_ERRORS) };
}

/** Checks untrusted wizard values (a server action's argument) completely. */
export function parseCreateRegistryForm(input: unknown, allowance: RegionAllowance): CreateRegistryParseResult {
  const parsed = createRegistrySchema.safeParse(input);
  if (!parsed.success) return { ok: false, ...bounded(problemsOf(parsed.error)) };
  const regionErrors = validateRegionsAgainst(parsed.data, allowance);
  if (Object.keys(regionErrors).length > 0) return { ok: false, ...bounded({ fieldErrors: regionErrors, formErrors: [] }) };
  return { ok: true, data: parsed.data };
}
