'use server';
// Emulator sign-in: the chosen principal must exist in the emulator's directory (the browser names it,
// but the server decides); then the session cookie is set. A scripted call (Next-Action header) returns
// `next` and the client loads it with a full page load, so nothing cached for a previous user survives;
// a plain form post (no JavaScript yet, or none at all) is redirected.
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { consoleAuthMode } from '@/lib/session/auth-mode';
import { listEmulatorPrincipals } from '@/lib/session/emulator-directory';
import { safeNextPath } from '@/lib/session/next-path';
import { startSession } from '@/lib/session/session-lifecycle';

/** Result of a sign-in attempt: where to go, or why it failed. */
export type SignInResult = { ok: true; next: string } | { ok: false; message: string } | null;

/** Signs in as the principal named by the form's `principal` field and returns the validated `next` path. */
export async function signInAction(_previous: SignInResult, form: FormData): Promise<SignInResult> {
  if (consoleAuthMode() !== 'emulator') return { ok: false, message: 'This console signs in with Microsoft Entra ID, not the emulator directory.' };
  // Anyone can POST an action with any arguments: only the form's own FormData is an answer.
  if (!(form instanceof FormData)) return { ok: false, message: 'Choose a person on the sign-in page to sign in.' };
  const principalId = form.get('principal');
  const next = safeNextPath(typeof form.get('next') === 'string' ? (form.get('next') as string) : null);
  let principals;
  try {
    principals = await listEmulatorPrincipals();
  } catch (error) {
    return { ok: false, message: `Couldn't reach the emulator's directory: ${(error as Error).message}` };
  }
  const principal = principals.find((p) => p.id === principalId);
  if (!principal) return { ok: false, message: 'That principal is not in the emulator directory. Reload the page and choose again.' };
  await startSession({ principalId: principal.id, userPrincipalName: principal.userPrincipalName, displayName: principal.displayName });
  if (!(await headers()).has('next-action')) redirect(next);
  return { ok: true, next };
}
