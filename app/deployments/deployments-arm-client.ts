// The ARM client every deployments route (page, polling API, redeploy action, notifications) acts with: the
// signed-in principal's. The one place that chooses it.
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { getConsoleArmClient } from '@/lib/session/arm-client';

/** The ARM client of the principal looking at deployments (redirects to sign-in without a session). */
export function deploymentsArmClient(): Promise<ArmClient> {
  return getConsoleArmClient();
}
