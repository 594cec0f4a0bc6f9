// GET /signin/entra/callback (ENTRA_REDIRECT_URI): Entra returns here with a code, or an error.
import { NextResponse, type NextRequest } from 'next/server';
import { relativeRedirect } from '@/lib/http-security/relative-redirect';
import { consoleAuthMode } from '@/lib/session/auth-mode';
import { completeEntraSignIn } from '@/lib/session/entra/entra-sign-in';

/** Finishes sign-in and goes to `next`, or back to /signin with the reason. */
export async function GET(request: NextRequest): Promise<NextResponse> {
  if (consoleAuthMode() !== 'entra') return relativeRedirect('/signin');
  const result = await completeEntraSignIn(request.nextUrl.searchParams);
  const target = result.ok ? result.next : `/signin?error=${encodeURIComponent(result.message)}`;
  return relativeRedirect(target, 303);
}
