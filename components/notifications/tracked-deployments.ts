// The deployments this browser started or viewed, kept in localStorage so every tab shares them: a page
// that shows a deployment adds it, and the notifications panel in every open tab hears of it at once — the
// `storage` event for other tabs, a same-tab event for this one (the storage event never fires in the writer).
import { useSyncExternalStore } from 'react';
import type { DeploymentRef } from '@/lib/registries/deployment-progress';

/** A deployment the panel follows, with when this browser first met it. */
export interface TrackedDeployment extends DeploymentRef {
  trackedAt: string;
}

/** localStorage key of the tracked list. */
export const TRACKED_DEPLOYMENTS_KEY = 'registry-hub:tracked-deployments';
/** How many deployments the panel follows at most (the newest win). */
export const MAX_TRACKED = 20;
/** localStorage key of when the panel was last opened (ISO time). */
export const NOTIFICATIONS_SEEN_KEY = 'registry-hub:notifications-seen-at';
const CHANGED = 'registry-hub:tracked-deployments-changed';
const EMPTY: TrackedDeployment[] = [];

const sameRef = (a: DeploymentRef, b: DeploymentRef) =>
  a.subscriptionId.toLowerCase() === b.subscriptionId.toLowerCase() &&
  a.resourceGroup.toLowerCase() === b.resourceGroup.toLowerCase() &&
  a.name.toLowerCase() === b.name.toLowerCase();

function isTracked(value: unknown): value is TrackedDeployment {
  const v = value as Record<string, unknown> | null;
  return !!v && ['subscriptionId', 'resourceGroup', 'name', 'trackedAt'].every((k) => typeof v[k] === 'string' && v[k] !== '');
}

/** Parses the stored list; anything malformed is dropped rather than trusted. */
export function parseTracked(raw: string | null): TrackedDeployment[] {
  if (!raw) return EMPTY;
  try {
    const parsed: unknown = JSON.parse(raw);
    return Array.isArray(parsed) ? parsed.filter(isTracked).slice(0, MAX_TRACKED) : EMPTY;
  } catch {
    return EMPTY;
  }
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Adds (or refreshes) a deployment at the top of the tracked list. */
export function trackDeployment(ref: DeploymentRef, now = new Date()): void {
  const store = storage();
  if (!store) return;
  const current = parseTracked(store.getItem(TRACKED_DEPLOYMENTS_KEY));
  const existing = current.find((t) => sameRef(t, ref));
  if (existing && current[0] === existing) return;
  const entry: TrackedDeployment = existing ?? { subscriptionId: ref.subscriptionId, resourceGroup: ref.resourceGroup, name: ref.name, trackedAt: now.toISOString() };
  const next = [entry, ...current.filter((t) => t !== existing)].slice(0, MAX_TRACKED);
  store.setItem(TRACKED_DEPLOYMENTS_KEY, JSON.stringify(next));
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === TRACKED_DEPLOYMENTS_KEY || event.key === NOTIFICATIONS_SEEN_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener(CHANGED, listener);
  return () => {
    window.removeEventListener('storage', onStorage);
    window.removeEventListener(CHANGED, listener);
  };
}

let lastRaw: string | null = null;
let lastList: TrackedDeployment[] = EMPTY;

// useSyncExternalStore needs the same array for the same stored text.
function snapshot(): TrackedDeployment[] {
  const raw = storage()?.getItem(TRACKED_DEPLOYMENTS_KEY) ?? null;
  if (raw !== lastRaw) {
    lastRaw = raw;
    lastList = parseTracked(raw);
  }
  return lastList;
}

/** The tracked list, live across tabs; empty on the server. */
export function useTrackedDeployments(): TrackedDeployment[] {
  return useSyncExternalStore(subscribe, snapshot, () => EMPTY);
}

/** Records that the user has looked at the panel now (in every tab). */
export function markNotificationsSeen(now = new Date()): void {
  const store = storage();
  if (!store) return;
  store.setItem(NOTIFICATIONS_SEEN_KEY, now.toISOString());
  window.dispatchEvent(new Event(CHANGED));
}

/** When the panel was last opened in this browser; null before that, and on the server. */
export function useNotificationsSeenAt(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => storage()?.getItem(NOTIFICATIONS_SEEN_KEY) ?? null,
    () => null,
  );
}
