// The wizard's draft in sessionStorage: the values, the step and the idempotency key, so a reload (or a
// retried Create after one) continues where the user was and reuses the same deployment name.
import { createRegistrySchema, emptyCreateRegistryForm, type CreateRegistryForm } from '@/lib/registries/create-registry-schema';

/** Where the draft is kept (per browser tab, as sessionStorage is). */
export const DRAFT_STORAGE_KEY = 'registry-hub:create-registry-draft';

/** What is stored. `submitted` is set while Create runs: a draft that reached ARM is not resumed. */
export interface WizardDraft {
  version: 1;
  values: CreateRegistryForm;
  idempotencyKey: string;
  submitted?: boolean;
}

/** A new idempotency key (crypto.randomUUID where the context offers it). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The stored draft, or null when there is none or it cannot be read (the schema re-checks its values). */
export function readDraft(storage: Storage): WizardDraft | null {
  try {
    const raw = storage.getItem(DRAFT_STORAGE_KEY);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Partial<WizardDraft>;
    if (draft?.version !== 1 || typeof draft.idempotencyKey !== 'string' || !draft.values || typeof draft.values !== 'object') return null;
    return draft as WizardDraft;
  } catch {
    return null;
  }
}

/** Stores the draft; a full or blocked storage only loses the draft, never the page. */
export function writeDraft(storage: Storage, draft: WizardDraft): void {
  try {
    storage.setItem(DRAFT_STORAGE_KEY, JSON.stringify(draft));
  } catch {
    // Quota exceeded or storage disabled: the wizard still works, it just will not survive a reload.
  }
}

/** Forgets the draft. */
export function clearDraft(storage: Storage): void {
  try {
    storage.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // Storage disabled: nothing was kept.
  }
}

// A stored draft's values on top of fresh ones, so a draft from an older build still has every key; unknown
// keys are dropped, since the strict schema would refuse the whole form for one.
export function restoredValues(values: Partial<CreateRegistryForm>): CreateRegistryForm {
  const empty = emptyCreateRegistryForm();
  const merged = { ...empty, ...values, advanced: { ...empty.advanced, ...values.advanced } };
  const known = Object.keys(createRegistrySchema.shape) as (keyof CreateRegistryForm)[];
  return Object.fromEntries(known.map((key) => [key, merged[key]])) as CreateRegistryForm;
}

/** The draft to start from: the stored one unless it was submitted, else empty values and a new key. */
export function startDraft(storage: Storage): { values: CreateRegistryForm; idempotencyKey: string } {
  const draft = readDraft(storage);
  if (draft && !draft.submitted) return { values: restoredValues(draft.values), idempotencyKey: draft.idempotencyKey };
  clearDraft(storage);
  return { values: emptyCreateRegistryForm(), idempotencyKey: newIdempotencyKey() };
}
