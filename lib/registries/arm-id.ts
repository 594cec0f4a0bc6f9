// ARM resource ids taken apart. Segment names match case-insensitively ("resourcegroups" in deployment
// paths, "resourceGroups" elsewhere), and values keep the casing ARM sent (ARM contract §4).

/** The parts of an ARM resource id. Nested resources list every type and name, outermost first. */
export interface ArmIdParts {
  subscriptionId: string;
  resourceGroup: string | null;
  /** Resource provider namespace ("Microsoft.MachineLearningServices"). */
  provider: string | null;
  /** Innermost type ("registries"). */
  type: string | null;
  /** Innermost name. */
  name: string | null;
  /** Full type, "Microsoft.MachineLearningServices/registries" (with child types for nested resources). */
  resourceType: string | null;
  /** Every type/name pair after the provider, outermost first. */
  segments: { type: string; name: string }[];
}

/** Splits an ARM id; null when it is not `/subscriptions/{id}/…`. A missing id gives null too. */
export function parseArmId(id: string | null | undefined): ArmIdParts | null {
  if (!id) return null;
  const parts = id.split('/').filter((p) => p !== '');
  if (parts.length < 2 || parts[0].toLowerCase() !== 'subscriptions') return null;
  const result: ArmIdParts = {
    subscriptionId: decodeURIComponent(parts[1]),
    resourceGroup: null,
    provider: null,
    type: null,
    name: null,
    resourceType: null,
    segments: [],
  };
  let i = 2;
  if (parts[i]?.toLowerCase() === 'resourcegroups' && parts[i + 1] !== undefined) {
    result.resourceGroup = decodeURIComponent(parts[i + 1]);
    i += 2;
  }
  if (parts[i]?.toLowerCase() === 'providers' && parts[i + 1] !== undefined) {
    result.provider = parts[i + 1];
    i += 2;
    for (; i + 1 < parts.length; i += 2) {
      result.segments.push({ type: parts[i], name: decodeURIComponent(parts[i + 1]) });
    }
    const last = result.segments.at(-1);
    if (last) {
      result.type = last.type;
      result.name = last.name;
      result.resourceType = [result.provider, ...result.segments.map((s) => s.type)].join('/');
    }
  }
  return result;
}

/** The name at the end of an ARM id ("…/resourceGroups/rg-managed" → "rg-managed"); null for none. */
export function lastIdSegment(id: string | null | undefined): string | null {
  if (!id) return null;
  const last = id.split('/').filter((p) => p !== '').at(-1);
  return last === undefined ? null : decodeURIComponent(last);
}
