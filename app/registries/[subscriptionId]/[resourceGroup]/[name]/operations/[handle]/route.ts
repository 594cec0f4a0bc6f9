// GET /registries/{s}/{rg}/{name}/operations/{handle}: one poll of an operation this page started. The page
// polls through the server so the ARM token never reaches the browser; the handle is refused unless its
// URLs are on the ARM endpoint (decodeHandle). A 4xx/5xx from the status URL is a failed read, not a
// failed operation (arm-contract §4), so it answers 502 with ARM's error and the client keeps polling —
// except 403/404, which no later poll will change (an operation of someone else's, or one ARM has forgotten):
// those are answered as such, and the page stops following the operation.
import { NextResponse } from 'next/server';
import { armErrorViewOf } from '@/lib/registries/arm-error-view';
import type { OperationPoll } from '@/lib/registries/operation-types';
import { parseRegistryRef } from '@/lib/registries/registry-ref';
import { browserRead } from '@/lib/action-kit/browser-read';
import { isArmError } from '@/lib/arm/errors';
import { decodeHandle, pollOperation } from '@/lib/arm/lro';
import { getConsoleArmClient } from '@/lib/session/arm-client';

type Params = { subscriptionId: string; resourceGroup: string; name: string; handle: string };

const noStore = { 'Cache-Control': 'no-store' };

/** One poll of the operation: `{ status, retryAfterSeconds, error? }`. */
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const raw = await params;
  const ref = parseRegistryRef(raw);
  if (!ref) return NextResponse.json({ message: 'Not a registry address.' }, { status: 404, headers: noStore });
  const client = await getConsoleArmClient();
  let handle;
  try {
    handle = decodeHandle(raw.handle, client);
  } catch (error) {
    return NextResponse.json({ message: (error as Error).message }, { status: 400, headers: noStore });
  }
  // Handles arrive from URLs anyone can share: this page only follows operations in its own subscription.
  if (!inSubscription(handle.pollUrl, ref.subscriptionId)) {
    return NextResponse.json({ message: "Invalid operation handle: it is not an operation in this registry's subscription" }, { status: 400, headers: noStore });
  }
  try {
    const result = await browserRead(() => pollOperation(client, handle));
    const body: OperationPoll = {
      status: result.status,
      retryAfterSeconds: result.retryAfterSeconds ?? handle.retryAfterSeconds ?? null,
      error: result.error ? { code: result.error.code, message: result.error.message } : null,
    };
    return NextResponse.json(body, { headers: noStore });
  } catch (error) {
    const view = isArmError(error) ? armErrorViewOf(error) : null;
    if (!view) throw error;
    const final = view.status === 403 || view.status === 404;
    return NextResponse.json({ message: view.message, arm: view }, { status: final ? view.status : 502, headers: noStore });
  }
}

function inSubscription(pollUrl: string, subscriptionId: string): boolean {
  const path = new URL(pollUrl).pathname.toLowerCase();
  return path.startsWith(`/subscriptions/${subscriptionId.toLowerCase()}/`);
}
