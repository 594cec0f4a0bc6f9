// Readiness for load balancers: 200 when this replica can serve people — Azure Resource Manager answers
// within 2 s and the session store answers — otherwise 503 with which check failed, in words. A draining
// replica (SIGTERM received) is not ready, so new work goes elsewhere while its in-flight requests finish.
import { NextResponse } from 'next/server';
import { armConfig } from '@/lib/arm/config';
import { probeArm } from '@/lib/arm/reachability';
import { isDraining } from '@/lib/observability/draining';
import { sessionStore, sessionStoreDescription } from '@/lib/session/store/shared-session-store';

export const dynamic = 'force-dynamic';

const ARM_PROBE_TIMEOUT_MS = 2_000;
const STORE_PROBE_TIMEOUT_MS = 2_000;

async function probeSessionStore(): Promise<{ ok: true; backend: string } | { ok: false; backend: string; reason: string }> {
  let backend = 'unconfigured';
  try {
    backend = sessionStoreDescription().split(' ')[0];
    const timeout = new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('The session store did not answer within 2 s.')), STORE_PROBE_TIMEOUT_MS).unref(),
    );
    await Promise.race([sessionStore().ping(), timeout]);
    return { ok: true, backend };
  } catch (error) {
    return { ok: false, backend, reason: (error as Error).message };
  }
}

export async function GET(): Promise<NextResponse> {
  if (isDraining()) {
    return NextResponse.json({ status: 'draining' }, { status: 503, headers: { 'Cache-Control': 'no-store' } });
  }
  const [arm, store] = await Promise.all([probeArm(armConfig().endpoint, ARM_PROBE_TIMEOUT_MS), probeSessionStore()]);
  const ready = arm.ok && store.ok;
  return NextResponse.json(
    { status: ready ? 'ready' : 'not-ready', checks: { arm, sessionStore: store } },
    { status: ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
