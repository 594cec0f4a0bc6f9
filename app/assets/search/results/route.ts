// GET /assets/search/results?q=…: the tenant-wide asset search as NDJSON, one AssetSearchEvent per line,
// written as each registry answers (lib/registries/server/search-assets.ts), so the page shows results
// while the rest are still being read. Errors are said in plain words, never as a dropped stream; ARM keeping
// the person waiting is said within the page's budget (list-for-search.ts).
import { z } from 'zod';
import { toFailure } from '@/lib/action-kit/to-failure';
import { assetSearchQuerySchema, type AssetSearchEvent } from '@/lib/registries/assets/asset-search';
import { searchAssets } from '@/lib/registries/server/search-assets';
import { getConsoleArmClient } from '@/lib/session/arm-client';
import { plainAuthorizationMessage } from '@/lib/session/rbac/missing-permission';
import { listForSearch, searchListBudgetMs } from './list-for-search';

/** Always read fresh. */
export const dynamic = 'force-dynamic';

// A refusal reads as what is missing ("You don't have permission to …"), other ARM errors as ARM said them.
function plain<E extends { code: string; message: string }>(event: E): E {
  return { ...event, message: plainAuthorizationMessage(event.code, event.message) };
}

// When the page asking was requested (its render's clock, echoed by the browser): the budget runs from then.
const askedAtSchema = z.coerce.number().int().positive().nullable().catch(null);

/** Streams the search for `q` (`askedAt`: when the page was requested). */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const query = assetSearchQuerySchema.safeParse(params.get('q') ?? '');
  if (!query.success) return Response.json({ error: { code: 'InvalidInput', message: query.error.issues[0].message } }, { status: 400 });
  const budgetMs = searchListBudgetMs(askedAtSchema.parse(params.get('askedAt')));
  const client = await getConsoleArmClient();
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      const write = (event: AssetSearchEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(event.type === 'unreadable' ? plain(event) : event)}\n`));
      try {
        await searchAssets(client, query.data, write, { list: () => listForSearch(client, write, budgetMs) });
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
