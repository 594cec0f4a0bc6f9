// How scripts/start.ts runs the console: `next dev` for development; in production the console's one server
// (scripts/console-server.ts, which also runs each replica of start:cluster): https when CONSOLE_TLS_CERT /
// CONSOLE_TLS_KEY are set, the visitor's protocol decided per request, JSON logs, a drain on SIGTERM.
import { request as httpsRequest } from 'node:https';
import path from 'node:path';

/** Command, arguments and the URL the console answers on once started. */
export interface ConsoleLaunch {
  command: string;
  args: string[];
  url: string;
}

/** The console's process for `dev` or production, listening on `port` (and `host` when given). */
export function consoleLaunch(root: string, options: { dev: boolean; port: string; host: string | undefined; env: Record<string, string | undefined> }): ConsoleLaunch {
  const bin = path.join(root, 'node_modules', '.bin');
  const hostArgs = options.host ? ['-H', options.host] : [];
  if (options.dev) return { command: path.join(bin, 'next'), args: ['dev', '-p', options.port, ...hostArgs], url: `http://${options.host ?? 'localhost'}:${options.port}` };
  const https = !!(options.env.CONSOLE_TLS_CERT?.trim() || options.env.CONSOLE_TLS_KEY?.trim());
  return {
    command: path.join(bin, 'tsx'),
    args: ['scripts/console-server.ts', '--port', options.port, ...(options.host ? ['--host', options.host] : [])],
    url: `${https ? 'https' : 'http'}://${options.host ?? 'localhost'}:${options.port}`,
  };
}

/**
 * Resolves once `url` answers at all (any status). For https the certificate is not checked here: this only
 * asks whether our own child is up, and a self-signed certificate is normal for a single-machine install.
 */
export async function consoleAnswers(url: string): Promise<boolean> {
  if (url.startsWith('https:')) {
    return new Promise((resolve) => {
      const req = httpsRequest(url, { method: 'HEAD', rejectUnauthorized: false, timeout: 2_000 }, (res) => {
        res.resume();
        resolve(true);
      });
      req.on('timeout', () => req.destroy());
      req.on('error', () => resolve(false));
      req.end();
    });
  }
  try {
    await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2_000) });
    return true;
  } catch {
    return false;
  }
}
