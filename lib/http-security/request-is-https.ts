// Whether this request's visitor uses https, for server actions and route handlers that set cookies.
import 'server-only';
import { headers } from 'next/headers';
import { PUBLIC_PROTO_HEADER, publicOriginIsHttps } from './public-origin';

/** True when the console's public origin is https (CONSOLE_PUBLIC_URL, or the console server's stamp). */
export async function requestIsHttps(): Promise<boolean> {
  return publicOriginIsHttps(process.env.CONSOLE_PUBLIC_URL, (await headers()).get(PUBLIC_PROTO_HEADER));
}
