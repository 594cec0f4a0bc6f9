// THE way server components and server actions get an ARM client: it acts as the signed-in principal.
// Without a valid session it redirects to /signin (a server action's redirect reaches the browser too).
import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ArmClient } from '@/lib/arm/client';
import { armClientForConsole } from '@/lib/arm/config';
import { consoleAuthMode } from './auth-mode';
import { entraArmClient, hasEntraTokens } from './entra/entra-session';
import { signInPathFor } from './next-path';
import { REQUEST_PATH_HEADER } from './request-path';
import { requireSession } from './session';

/** The ARM client for this request's principal (the environment's identity in default-azure-credential mode). */
export async function getConsoleArmClient(): Promise<ArmClient> {
  const mode = consoleAuthMode();
  if (mode === 'default-azure-credential') return armClientForConsole();
  const session = await requireSession();
  // The emulator issues tokens for an object id or a user principal name; the id survives renames.
  if (mode === 'emulator') return armClientForConsole(session.principalId);
  if (!(await hasEntraTokens(session))) redirect(signInPathFor((await headers()).get(REQUEST_PATH_HEADER) ?? '/'));
  return entraArmClient(session);
}
