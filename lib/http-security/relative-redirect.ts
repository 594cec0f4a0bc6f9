// Redirects inside the console as a relative Location. Next builds a route handler's request.url from the
// host it was started with (`localhost`), not from the one the visitor used, so an absolute redirect built
// from it would send someone behind a proxy to http://localhost:… .
import { NextResponse } from 'next/server';

/** A redirect to `path` on this console (a path starting with one "/", as safeNextPath returns). */
export function relativeRedirect(path: string, status: 303 | 307 = 307): NextResponse {
  const location = path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/\\') ? path : '/';
  return new NextResponse(null, { status, headers: { Location: location } });
}
