// Liveness for load balancers and orchestrators: the process answers. No ARM call, no session, no store:
// a replica whose dependencies are down is alive but not ready (/api/ready).
import { NextResponse } from 'next/server';

export const dynamic = 'force-dynamic';

export function GET(): NextResponse {
  return NextResponse.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
