// The registries' own provisioningStates that this request's Resource Graph list read already returned (its
// projection carries `properties`), so the statuses of the rows on screen, read later in the same server
// render, need no second Resource Graph query for them. Per request (React's cache): never shared across
// requests or principals; outside a server render (a server action, a test) each call starts empty.
import 'server-only';
import { cache } from 'react';

/** Own provisioningState by lowercased registry id; null when ARM reported none (Azure's registries, arm-contract §1). */
export const ownStatesSeen = cache((): Map<string, string | null> => new Map());

/** Notes the own state of each registry of a Resource Graph answer (rows projected with `properties`). */
export function noteOwnStates(items: readonly { id?: string; properties?: object }[]): void {
  const seen = ownStatesSeen();
  for (const item of items) {
    const state = (item.properties as { provisioningState?: unknown } | undefined)?.provisioningState;
    if (item.id) seen.set(item.id.toLowerCase(), typeof state === 'string' ? state : null);
  }
}
