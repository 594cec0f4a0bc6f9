// GET /api/deployments/{subscriptionId}/{resourceGroup}/{deploymentName}: the progress view the page polls,
// read from ARM on the server (tokens never reach the browser), with the Retry-After ARM sent as both a
// field and a header. ARM failures answer with their status and the error view as the body; a frozen ARM
// answers within the browser-read bound (lib/action-kit/browser-read.ts), and the page polls again.
import { NextResponse } from 'next/server';
import { browserRead } from '@/lib/action-kit/browser-read';
import { getConsoleArmClient } from '@/lib/session/arm-client';
import { readDeploymentProgress } from '@/app/deployments/read-deployment-progress';
import type { DeploymentProgressResult } from '@/lib/registries/deployment-progress-types';
import { parseDeploymentRef } from '@/lib/registries/deployment-ref';

type Params = Promise<{ subscriptionId: string; resourceGroup: string; deploymentName: string }>;

/** Always read fresh: this is a live view. */
export const dynamic = 'force-dynamic';

/** One poll of a deployment's progress. */
export async function GET(_request: Request, { params }: { params: Params }) {
  const ref = parseDeploymentRef(await params);
  const result: DeploymentProgressResult = ref
    ? await browserRead(async () => readDeploymentProgress(await getConsoleArmClient(), ref))
    : { ok: false, notFound: true, status: 404, code: 'InvalidDeploymentAddress', message: 'That is not the address of a deployment.', requestId: null, correlationId: null };
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  if (result.ok && result.retryAfterSeconds !== null) headers['retry-after'] = String(result.retryAfterSeconds);
  return NextResponse.json(result, { status: result.ok ? 200 : result.status || 502, headers });
}
