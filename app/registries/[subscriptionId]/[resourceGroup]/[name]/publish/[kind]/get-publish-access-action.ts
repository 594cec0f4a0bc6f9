'use server';
// The publish page's access read as the browser asks for it: after a render cut short by the page's ARM
// budget (page.tsx), the page reads again by itself (publish-access-query.ts) within the browser-read bound.
import type { ActionResult } from '@/lib/action-kit/action-result';
import { browserRead } from '@/lib/action-kit/browser-read';
import { readPublishAccess, type PublishAccess } from './publish-access';

/** Whether the signed-in principal may publish to the registry (see publish-access.ts). */
export async function getPublishAccessAction(ref: unknown): Promise<ActionResult<PublishAccess>> {
  return browserRead(() => readPublishAccess(ref));
}
