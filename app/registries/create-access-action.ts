'use server';
// The list's "Create registry" button asks this after the rows are on screen (never part of the list's own
// read): may the signed-in principal create a registry in some enabled subscription it sees.
import { browserRead } from '@/lib/action-kit/browser-read';
import { isArmError } from '@/lib/arm/errors';
import { readCreateAccess } from '@/lib/session/create-access';
import type { CreateAccess } from '@/lib/session/rbac/create-access';

/** The verdict, or null when ARM could not say (the button is then offered, and ARM decides at deploy time). */
export async function getCreateAccessAction(): Promise<CreateAccess | null> {
  try {
    return await browserRead(readCreateAccess);
  } catch (error) {
    if (isArmError(error)) return null;
    throw error;
  }
}
