'use server';
// Server functions of the registries list. They return ARM failures as data, so the page can show the code and
// request id (a thrown error would reach the client redacted).
import { z } from 'zod';
import { invalidInput, type ActionResult } from '@/lib/action-kit/action-result';
import { browserRead } from '@/lib/action-kit/browser-read';
import { toFailure } from '@/lib/action-kit/to-failure';
import { continueRegistryList, listRegistries } from '@/lib/registries/server/list-registries';
import { listRegistryStatuses, listScreenStatuses } from '@/lib/registries/server/list-statuses';
import { LIST_FIRST_PAGE_ROWS, type RegistryGroup, type RegistryList, type RegistryStatuses } from '@/lib/registries/registry-list';
import type { RegistryRow } from '@/lib/registries/registry-row';
import { resourceGroupNameSchema } from '@/lib/registries/names';
import { parseRegistryRef, type RegistryRef } from '@/lib/registries/registry-ref';
import { subscriptionIdSchema } from '@/lib/registries/route-params';
import { getConsoleArmClient } from '@/lib/session/arm-client';

/** The registries list, or the ARM error that prevented reading it. */
export type ListRegistriesResult = ActionResult<RegistryList>;

/** The rest of a list after its first page, one Resource Graph page per call. */
export type MoreRegistriesResult = ActionResult<{ rows: RegistryRow[]; continuation: string | null }>;

// The page renders a first Resource Graph page of one screenful at once; the browser loads the rest 1000 rows
// at a time. Each row the server reads travels twice with every visit (rendered and in the hydration payload),
// so the first paint carries what is on screen and no more: the table's scroller is 100vh - 330 px, 25 rows on
// a 1440 px tall window (14 on a 1080p screen's). The 8 rows it renders beyond them once hydrated, for smooth
// scrolling, come with the rest. 200 rows made the page 350 KB; 40 (with those 8 and 7 more) cost the server
// ~1.6 ms more CPU per page than 25 (8 paired runs) and 13 KB more HTML.
const FIRST_PAGE = { maxPages: 1, firstPageSize: LIST_FIRST_PAGE_ROWS };

/** The registries the signed-in principal can read (first page when ARG answers); `fresh` re-reads names (Refresh). */
export async function listRegistriesAction({ fresh = false }: { fresh?: boolean } = {}): Promise<ListRegistriesResult> {
  const client = await getConsoleArmClient();
  try {
    return { ok: true, data: await browserRead(() => listRegistries(client, { fresh: fresh === true, ...FIRST_PAGE })) };
  } catch (error) {
    return toFailure(error);
  }
}

/** The next page of a list from its continuation (Resource Graph's $skipToken). */
export async function listMoreRegistriesAction(continuation: string): Promise<MoreRegistriesResult> {
  if (typeof continuation !== 'string' || continuation.length === 0 || continuation.length > 4096) {
    return invalidInput('The list continuation is not valid.');
  }
  const client = await getConsoleArmClient();
  try {
    return { ok: true, data: await browserRead(() => continueRegistryList(client, continuation)) };
  } catch (error) {
    return toFailure(error);
  }
}

// A list can span many resource groups (10,000 bulk-seeded registries sit in 400); more than this in one call is
// not a list the page produced, and each group costs ARM reads as the signed-in user.
const MAX_GROUPS = 2_000;
const groupSchema = z.strictObject({ subscriptionId: subscriptionIdSchema, resourceGroup: resourceGroupNameSchema });

/** Creating / Updating / Deleting / Failed for the registries in `groups` (absent = Ready). */
export async function registryStatusesAction(groups: RegistryGroup[]): Promise<RegistryStatuses> {
  const client = await getConsoleArmClient();
  // Untrusted input: only well-formed, distinct groups become ARM paths.
  const seen = new Set<string>();
  const valid: RegistryGroup[] = [];
  for (const group of Array.isArray(groups) ? groups : []) {
    const parsed = groupSchema.safeParse(group);
    const key = parsed.success ? `${parsed.data.subscriptionId}/${parsed.data.resourceGroup}`.toLowerCase() : '';
    if (!parsed.success || seen.has(key)) continue;
    seen.add(key);
    valid.push(parsed.data);
    if (valid.length === MAX_GROUPS) break;
  }
  return browserRead(() => listRegistryStatuses(client, valid));
}

// The rows a list shows first are its first page; more than that is not a screen the page produced.

/** Statuses of the registries on screen (a refreshed list's first rows), each one read; the rest stay unread. */
export async function screenStatusesAction(registries: RegistryRef[]): Promise<RegistryStatuses> {
  const client = await getConsoleArmClient();
  // Untrusted input: only well-formed registry addresses become ARM paths and Resource Graph ids.
  const valid = (Array.isArray(registries) ? registries : [])
    .slice(0, LIST_FIRST_PAGE_ROWS)
    .map(parseRegistryRef)
    .filter((ref): ref is RegistryRef => ref !== null);
  return browserRead(() => listScreenStatuses(client, valid));
}
