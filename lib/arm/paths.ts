// ARM paths from untrusted parts (route params, form input). Every interpolated value is one path segment:
// validated (no '/', '\', '.', '..', control characters, nothing empty) and percent-encoded, so a hostile name
// can never climb out of its parent or address another resource. Names match ARM case-insensitively (§4).
import 'server-only';

/** Thrown when a value cannot be a single ARM path segment. */
export class InvalidPathSegmentError extends Error {
  constructor(readonly segment: string, reason: string) {
    super(`Invalid ARM path segment ${JSON.stringify(segment)}: ${reason}`);
    this.name = 'InvalidPathSegmentError';
  }
}

/** Validates one segment and returns it percent-encoded. */
export function pathSegment(value: string): string {
  if (typeof value !== 'string' || value.length === 0) throw new InvalidPathSegmentError(String(value), 'empty');
  if (/[/\\]/.test(value)) throw new InvalidPathSegmentError(value, 'contains a slash');
  if (value === '.' || value === '..') throw new InvalidPathSegmentError(value, 'is a relative segment');
  // Control characters (CR/LF, NUL…) could split headers or confuse proxies: refuse them outright.
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new InvalidPathSegmentError(value, 'contains a control character');
  return encodeURIComponent(value);
}

/**
 * Tagged template for ARM paths: literal text is trusted, every `${value}` is one validated, encoded segment.
 * `armPath\`/subscriptions/${sub}/resourceGroups/${rg}\``
 */
export function armPath(strings: TemplateStringsArray, ...values: string[]): string {
  return strings.reduce((out, literal, i) => out + literal + (i < values.length ? pathSegment(values[i]) : ''), '');
}

/** `/subscriptions/{s}` */
export function subscriptionPath(subscriptionId: string): string {
  return armPath`/subscriptions/${subscriptionId}`;
}

/** `/subscriptions/{s}/resourceGroups/{rg}` */
export function resourceGroupPath(subscriptionId: string, resourceGroup: string): string {
  return armPath`/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}`;
}

/** `/subscriptions/{s}/providers/{namespace}` */
export function providerPath(subscriptionId: string, namespace: string): string {
  return armPath`/subscriptions/${subscriptionId}/providers/${namespace}`;
}

/** `/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.MachineLearningServices/registries/{name}` */
export function registryPath(subscriptionId: string, resourceGroup: string, name: string): string {
  return `${resourceGroupPath(subscriptionId, resourceGroup)}${armPath`/providers/Microsoft.MachineLearningServices/registries/${name}`}`;
}

/**
 * An ARM resource id (`/subscriptions/…` or `/providers/…`) as a safe path: every segment re-validated and
 * re-encoded. Ids come back from ARM responses and from URLs, so they are checked like any other input.
 */
export function resourceIdPath(id: string): string {
  if (!/^\/(subscriptions|providers)\//i.test(id)) {
    throw new InvalidPathSegmentError(id, 'an ARM resource id starts with /subscriptions/ or /providers/');
  }
  const segments = id.slice(1).split('/');
  return '/' + segments.map((s) => pathSegment(decodeSegment(s))).join('/');
}

// An id may arrive percent-encoded (from a URL); decode once so it is not double-encoded, refusing junk.
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new InvalidPathSegmentError(segment, 'malformed percent-encoding');
  }
}
