import { describe, expect, it } from 'vitest';
import { consoleLaunch } from './console-launch';

describe('consoleLaunch', () => {
  it('runs the console server in production, over https when a certificate is configured', () => {
    const plain = consoleLaunch('/app', { dev: false, port: '3000', host: undefined, env: {} });
    expect(plain.args).toEqual(['scripts/console-server.ts', '--port', '3000']);
    expect(plain.url).toBe('http://localhost:3000');
    const tls = consoleLaunch('/app', { dev: false, port: '8443', host: '0.0.0.0', env: { CONSOLE_TLS_CERT: 'c.pem', CONSOLE_TLS_KEY: 'k.pem' } });
    expect(tls.args).toEqual(['scripts/console-server.ts', '--port', '8443', '--host', '0.0.0.0']);
    expect(tls.url).toBe('https://0.0.0.0:8443');
  });

  it('runs next dev for development', () => {
    const dev = consoleLaunch('/app', { dev: true, port: '3000', host: '127.0.0.1', env: { CONSOLE_TLS_CERT: 'c.pem' } });
    expect(dev.command).toBe('/app/node_modules/.bin/next');
    expect(dev.args).toEqual(['dev', '-p', '3000', '-H', '127.0.0.1']);
  });
});
