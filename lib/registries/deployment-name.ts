// The create wizard's deployment name, derived from a key the browser generates once per draft. The same
// key always names the same deployment, so a double click or a retried request finds the deployment it
// already submitted instead of making a second one (ARM deployment names: 1–64 of `[-\w._()]`, contract §3).
import { z } from 'zod';

/** Prefix of every deployment the wizard submits, so they are recognisable in the portal's history. */
export const CREATE_DEPLOYMENT_PREFIX = 'registry-';

/** ARM's limit on deployment names. */
export const MAX_DEPLOYMENT_NAME_LENGTH = 64;

// 16 hex digits (64 bits) of the key are plenty to keep one user's drafts apart and keep the name short.
const KEY_DIGITS = 16;

/** The idempotency key: a UUID the browser draws with crypto.randomUUID() when a draft starts. */
export const idempotencyKeySchema = z
  .string({ error: 'The request has no idempotency key; reload the page and try again.' })
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, {
    error: 'The idempotency key must be a UUID; reload the page and try again.',
  });

/**
 * `registry-{name}-{16 hex digits of the key}`: at most 9 + 33 + 1 + 16 = 59 characters, all of them allowed in
 * deployment names because registry names use only letters, digits, - and _. Case is folded because ARM
 * compares deployment names case-insensitively.
 */
export function createDeploymentName(registryName: string, idempotencyKey: string): string {
  const key = idempotencyKeySchema.parse(idempotencyKey).replace(/-/g, '').slice(0, KEY_DIGITS).toLowerCase();
  return `${CREATE_DEPLOYMENT_PREFIX}${registryName.toLowerCase()}-${key}`;
}

/** The progress page of a deployment (issue 6): where Create sends the browser. */
export function deploymentProgressPath(subscriptionId: string, resourceGroup: string, deploymentName: string): string {
  return ['', 'deployments', subscriptionId, resourceGroup, deploymentName].map(encodeURIComponent).join('/');
}
