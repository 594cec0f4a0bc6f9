// GET /api/deployments?d={subscriptionId}/{resourceGroup}/{name}&d=…: the notifications panel's deployments —
// the ones this browser follows plus their resource groups' recent ones — read from ARM on the server.
import { NextResponse } from 'next/server';
import { getConsoleArmClient } from '@/lib/session/arm-client';
import { MAX_NOTICES, readDeploymentNotices } from '@/app/deployments/read-deployment-notices';
import { parseDeploymentRef } from '@/lib/registries/deployment-ref';
import type { DeploymentNoticesResult } from '@/lib/registries/deployment-progress-notice';
import { browserRead } from '@/lib/action-kit/browser-read';
import { isArmError } from '@/lib/arm/errors';
import type { DeploymentRef } from '@/lib/registries/deployment-progress';

/** Always read fresh: statuses are live. */
export const dynamic = 'force-dynamic';

// Each entry is "sub/rg/name"; malformed ones are ignored, and no more than the panel can show are read.
function followedOf(url: URL): DeploymentRef[] {
  return url.searchParams
    .getAll('d')
    .slice(0, MAX_NOTICES)
    .flatMap((entry) => {
      const [subscriptionId, resourceGroup, name, ...rest] = entry.split('/');
      return rest.length ? [] : (parseDeploymentRef({ subscriptionId, resourceGroup, name }) ?? []);
    });
}

/** The notices of the followed deployments. */
export async function GET(request: Request) {
  const followed = followedOf(new URL(request.url));
  let result: DeploymentNoticesResult;
  try {
    const items = followed.length ? await browserRead(async () => readDeploymentNotices(await getConsoleArmClient(), followed)) : [];
    result = { ok: true, items, retryAfterSeconds: null };
  } catch (error) {
    if (!isArmError(error)) throw error;
    result = { ok: false, code: error.code, message: error.message };
  }
  return NextResponse.json(result, { headers: { 'cache-control': 'no-store' } });
}
