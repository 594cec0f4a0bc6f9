// GET /signin/entra?next=…: starts Microsoft Entra ID sign-in (ARM_AUTH=entra only).
import { NextResponse, type NextRequest } from 'next/server';
import { relativeRedirect } from '@/lib/http-security/relative-redirect';
import { consoleAuthMode } from '@/lib/session/auth-mode';
import { beginEntraSignIn } from '@/lib/session/entra/entra-sign-in';

/** Redirects to Entra's authorize endpoint with a fresh state, nonce and PKCE challenge. */
export async function GET(request: NextRequest): Promise<NextResponse> {
  if (consoleAuthMode() !== 'entra') return relativeRedirect('/signin');
  return NextResponse.redirect(await beginEntraSignIn(request.nextUrl.searchParams.get('next')));
}
