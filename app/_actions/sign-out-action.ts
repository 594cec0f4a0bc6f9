'use server';
// Sign out: clear the session (and Entra token) cookies. The caller then loads /signin afresh.
import { endSession } from '@/lib/session/session-lifecycle';

/** Ends the session of this browser. */
export async function signOutAction(): Promise<{ ok: true }> {
  await endSession();
  return { ok: true };
}
