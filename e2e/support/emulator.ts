// Direct access to the emulator from specs, over HTTP as any ARM client would: a token from
// `/_emulator/token`, then ARM calls. Specs use it to read ARM's truth and to make their own data.
import { expect, type APIRequestContext } from '@playwright/test';

/** Emulator base URL (set by playwright.config.ts). */
export const ARM_URL = process.env.E2E_ARM_URL ?? 'http://127.0.0.1:4610';

/** The principal the console acts as until sign-in exists. */
export const CONSOLE_PRINCIPAL = 'owner@contoso.onmicrosoft.com';

/** A bearer token for a seeded principal (id or user principal name). */
export async function tokenFor(request: APIRequestContext, principal = CONSOLE_PRINCIPAL): Promise<string> {
  const response = await request.post(`${ARM_URL}/_emulator/token`, { data: { principal } });
  expect(response.status(), await response.text()).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** GET an ARM path (following nextLink to the end for lists) as `principal`. */
export async function armList<T>(request: APIRequestContext, pathAndQuery: string, principal = CONSOLE_PRINCIPAL): Promise<T[]> {
  const token = await tokenFor(request, principal);
  const items: T[] = [];
  let next: string | null | undefined = `${ARM_URL}${pathAndQuery}`;
  while (next) {
    const response = await request.get(next, { headers: { Authorization: `Bearer ${token}` } });
    expect(response.status(), await response.text()).toBe(200);
    const page = (await response.json()) as { value: T[]; nextLink?: string | null };
    items.push(...page.value);
    next = page.nextLink;
  }
  return items;
}

/** Region display names (`displayName` by `name`) as ARM lists them for a subscription. */
export async function regionDisplayNames(request: APIRequestContext, subscriptionId: string): Promise<Map<string, string>> {
  const locations = await armList<{ name: string; displayName: string }>(
    request,
    `/subscriptions/${subscriptionId}/locations?api-version=2022-12-01`,
  );
  return new Map(locations.map((location) => [location.name, location.displayName]));
}
