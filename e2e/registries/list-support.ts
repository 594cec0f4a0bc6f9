// Data for the registries-list specs, made through the emulator's HTTP API: bulk-seeded registries under a
// unique prefix (one new subscription each), ARM's own view of them, and fault rules removed by id afterwards.
import { randomBytes } from 'node:crypto';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { addFault, clearFaults, type HttpFaultInput } from '@/lib/emulator/testing/control';
import { ARM_URL, armList } from '../support/emulator';

/** A registry as ARM lists it (the fields the specs compare). */
export interface ArmRegistry {
  id: string;
  name: string;
  location: string;
  tags?: Record<string, string>;
  systemData?: { createdBy?: string; createdAt?: string };
  properties: { publicNetworkAccess?: string; regionDetails?: { location?: string }[] };
}

/** What one bulk seed made. */
export interface SeededRegistries {
  prefix: string;
  subscriptionId: string;
  subscriptionName: string;
  registries: ArmRegistry[];
}

/** A prefix no other run or spec uses (bulk-seed allows 20 characters: letters, digits, '-'). */
export function uniquePrefix(stem: string): string {
  return `${stem}-${randomBytes(4).toString('hex')}`;
}

/** Bulk-seeds `count` provisioned registries in one new subscription, and reads them back from ARM. */
export async function seedRegistries(request: APIRequestContext, prefix: string, count: number): Promise<SeededRegistries> {
  const response = await request.post(`${ARM_URL}/_emulator/bulk-seed`, { data: { subscriptions: 1, registries: count, prefix } });
  expect(response.ok(), await response.text()).toBe(true);
  const { subscriptions } = (await response.json()) as { subscriptions: { subscriptionId: string; displayName: string }[] };
  const [subscription] = subscriptions;
  const registries = await armList<ArmRegistry>(
    request,
    `/subscriptions/${subscription.subscriptionId}/providers/Microsoft.MachineLearningServices/registries?api-version=2025-09-01`,
  );
  expect(registries).toHaveLength(count);
  return { prefix, subscriptionId: subscription.subscriptionId, subscriptionName: subscription.displayName, registries };
}

/** Runs `body` with fault rules in place, removing exactly those rules afterwards (other specs' rules stay). */
export async function withFaults(rules: HttpFaultInput[], body: () => Promise<void>): Promise<void> {
  const added = [];
  try {
    for (const rule of rules) added.push(await addFault(ARM_URL, rule));
    await body();
  } finally {
    for (const rule of added) await clearFaults(ARM_URL, rule.id);
  }
}

/** The registries table. */
export function registriesTable(page: Page) {
  return page.getByRole('table', { name: 'Registries' });
}

/** Body rows of the table (the header row has aria-rowindex 1). */
export function bodyRows(page: Page) {
  return registriesTable(page).locator('[role="row"]:not([aria-rowindex="1"])');
}

/** Names in the rendered rows, top to bottom. */
export async function shownNames(page: Page): Promise<string[]> {
  return bodyRows(page).getByRole('link').allTextContents();
}

/** Waits until the whole list is loaded (the first page is server-rendered; the rest arrives after). */
export async function waitForCompleteList(page: Page): Promise<void> {
  await expect(page.locator('#registries-count')).not.toContainText('loading the rest', { timeout: 60_000 });
}
