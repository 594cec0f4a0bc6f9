// What ARM answers for a path no route serves: an unknown provider namespace is 400
// NoRegisteredProviderFound, an unknown type in a served namespace is 400 InvalidResourceType,
// anything else 404 NotFound. Never a 200 (issue 2: unsupported input fails loudly).
import { PROVIDERS } from '../data/resource-providers';
import type { ArmHttpError } from '../errors';
import { invalidResourceType, noRegisteredProviderFound, notFound } from '../errors';

/** The ARM error for an unmatched path. */
export function unknownRouteError(path: string, apiVersion: string | null): ArmHttpError {
  const parts = path.split('/').filter(Boolean);
  const providersAt = parts.findIndex((p) => p.toLowerCase() === 'providers');
  if (providersAt >= 0 && parts[providersAt + 1]) {
    const namespace = parts[providersAt + 1];
    const known = PROVIDERS.some((p) => p.namespace.toLowerCase() === namespace.toLowerCase()) || /^microsoft\.(resources|authorization)$/i.test(namespace);
    if (!known) return noRegisteredProviderFound(namespace, apiVersion ?? '');
    const type = parts.slice(providersAt + 2).filter((_, i) => i % 2 === 0).join('/');
    if (type) return invalidResourceType(type, namespace, apiVersion ?? '');
  }
  return notFound(path);
}
