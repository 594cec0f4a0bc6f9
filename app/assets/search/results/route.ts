// GET /assets/search/results?q=…: the tenant-wide asset search as NDJSON, one AssetSearchEvent per line,
// written as each registry answers (lib/registries/server/search-assets.ts), so the page shows results
// while the rest are still being read. Errors are said in plain words, never as a dropped stream; ARM keeping
// the person waiting is said within the page's budget (list-for-search.ts).
import { toFailure } from '@/lib/action-kit/to-failure';
import { assetSearchQuerySchema, type AssetSearchEvent } from '@/lib/registries/assets/asset-search';
import { searchAssets } from '@/lib/registries/server/search-assets';
import { getConsoleArmClient } from '@/lib/session/arm-client';
import { listForSearch } from './list-for-search';
import { plainAuthorizationMessage } from '@/lib/session/rbac/missing-permission';

/** Always read fresh. */
export const dynamic = 'force-dynamic';

// A refusal reads as what is missing ("You don't have permission to …"), other ARM errors as ARM said them.
function plain<E extends { code: string; message: string }>(event: E): E {
  return { ...event, message: plainAuthorizationMessage(event.code, event.message) };
}

/** Streams the search for `q`. */
export async function GET(request: Request) {
  const query = assetSearchQuerySchema.safeParse(new URL(request.url).searchParams.get('q') ?? '');
  if (!query.success) return Response.json({ error: { code: 'InvalidInput', message: query.error.issues[0].message } }, { status: 400 });
  const client = await getConsoleArmClient();
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (event: AssetSearchEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event.type === 'unreadable' ? plain(event) : event)}\n`));
      try {
        await searchAssets(client, query.data, write, { list: () => listForSearch(client, write) });
      } catch (error) {
        const failure = toFailure(error);
        write({
          type: 'failed',
          status: failure.status ?? 0,
          code: failure.code ?? 'RequestFailed',
          message: failure.message,
          requestId: failure.requestId ?? null,
          correlationId: failure.correlationId ?? null,
          retryAfterSeconds: failure.retryAfterSeconds ?? null,
        });
      }
      controller.close();
    },
  });
  return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' } });
}
