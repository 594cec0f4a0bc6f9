// The ARM client every create-wizard action acts with: the signed-in principal's (issue 8). The one place
// that chooses it; without a session getConsoleArmClient redirects to /signin.
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { getConsoleArmClient } from '@/lib/session/arm-client';

/** The ARM client of the principal using the wizard. */
export async function wizardArmClient(): Promise<ArmClient> {
  return getConsoleArmClient();
}
