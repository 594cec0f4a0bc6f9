// POST /api/csp-reports: where browsers send Content-Security-Policy violations (report-uri). Each report is
// one log line an operator (and the browser tests' log check) can find; nothing else is kept. Only the
// fields that say what was blocked are logged: a report's URLs are trimmed to origin and path, so no query
// string (which could carry a code or a name) reaches the log.
import { NextResponse, type NextRequest } from 'next/server';
import { summarizeCspReport } from '@/lib/http-security/csp-report';

/** Largest report read; anything beyond is not a browser's report. */
const MAX_REPORT_BYTES = 16 * 1024;

/** Logs one report and answers 204. */
export async function POST(request: NextRequest): Promise<NextResponse> {
  const text = await request.text();
  if (text.length > MAX_REPORT_BYTES) return new NextResponse(null, { status: 413 });
  const summary = summarizeCspReport(text);
  if (summary) console.warn(`[csp-violation] ${summary}`);
  return new NextResponse(null, { status: 204 });
}
