'use server';
// The header's question "who am I?", answered from the verified session (the cookie is httpOnly: the
// browser cannot read it). Never throws for "nobody": null is an answer.
import { getSignedInUser } from '@/lib/session/session';
import type { SignedInUser } from '@/lib/session/session-types';

/** The signed-in user, or null. */
export async function signedInUserAction(): Promise<{ user: SignedInUser | null; error: string | null }> {
  try {
    return { user: await getSignedInUser(), error: null };
  } catch (error) {
    // default-azure-credential mode with no usable identity: the header says so instead of failing the page.
    return { user: null, error: (error as Error).message };
  }
}
