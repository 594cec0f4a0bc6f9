// The one place this route gets its ARM client: the signed-in principal's (issue 8). Without a session
// getConsoleArmClient redirects to /signin, which reaches the browser from a page, an action or a route.
import 'server-only';
import type { ArmClient } from '@/lib/arm/client';
import { getConsoleArmClient } from '@/lib/session/arm-client';

/** The ARM client acting for the signed-in principal. */
export function registryPageArmClient(): Promise<ArmClient> {
  return getConsoleArmClient();
}
