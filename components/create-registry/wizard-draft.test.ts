import { describe, expect, it } from 'vitest';
import { emptyCreateRegistryForm } from '@/lib/registries/create-registry-schema';
import { idempotencyKeySchema } from '@/lib/registries/deployment-name';
import { clearDraft, DRAFT_STORAGE_KEY, newIdempotencyKey, readDraft, writeDraft } from './wizard-draft';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() { return this.items.size; }
  clear() { this.items.clear(); }
  getItem(key: string) { return this.items.get(key) ?? null; }
  key(index: number) { return [...this.items.keys()][index] ?? null; }
  removeItem(key: string) { this.items.delete(key); }
  setItem(key: string, value: string) { this.items.set(key, value); }
}

describe('wizard draft', () => {
  it('round-trips values and the idempotency key', () => {
    const storage = new MemoryStorage();
    const draft = { version: 1 as const, values: { ...emptyCreateRegistryForm(), name: 'contoso' }, idempotencyKey: newIdempotencyKey() };
    writeDraft(storage, draft);
    expect(readDraft(storage)).toEqual(draft);
    clearDraft(storage);
    expect(readDraft(storage)).toBeNull();
  });

  it('ignores a corrupt or foreign draft', () => {
    const storage = new MemoryStorage();
    storage.setItem(DRAFT_STORAGE_KEY, '{not json');
    expect(readDraft(storage)).toBeNull();
    storage.setItem(DRAFT_STORAGE_KEY, JSON.stringify({ version: 2, values: {}, idempotencyKey: 'x' }));
    expect(readDraft(storage)).toBeNull();
  });

  it('draws keys the create action accepts', () => {
    expect(idempotencyKeySchema.safeParse(newIdempotencyKey()).success).toBe(true);
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });
});
