// The TLS listener as a client meets it: a certificate for 127.0.0.1/::1/localhost signed by the local CA
// served at /_emulator/ca.pem on both listeners, generated once into the data folder and reused after.
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_SUBSCRIPTIONS } from '../seed';
import { startEmulator } from '../server';
import { rawRequest } from '../testing/raw-request';

const dataDir = mkdtempSync(path.join(tmpdir(), 'h11e-tls-test-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function token(baseUrl: string): Promise<string> {
  const res = await rawRequest(`${baseUrl}/_emulator/token`, { method: 'POST', body: JSON.stringify({ principal: 'owner@contoso.onmicrosoft.com' }) });
  return res.json<{ access_token: string }>().access_token;
}

describe('the TLS listener', () => {
  it('serves ARM over https with a certificate the local CA signed, and the CA on both listeners', async () => {
    const emu = await startEmulator({ dbPath: path.join(dataDir, 'arm.db'), port: 0, quiet: true });
    try {
      const fromHttp = await rawRequest(`${emu.url}/_emulator/ca.pem`);
      const fromHttps = await rawRequest(`${emu.httpsUrl}/_emulator/ca.pem`, { ca: emu.caPem });
      expect([fromHttp.status, fromHttp.headers['content-type']]).toEqual([200, 'application/x-pem-file']);
      expect(fromHttp.text).toBe(emu.caPem);
      expect(fromHttps.text).toBe(emu.caPem);
      expect(readFileSync(path.join(dataDir, 'tls', 'ca.pem'), 'utf8')).toBe(emu.caPem);

      const server = new X509Certificate(readFileSync(path.join(dataDir, 'tls', 'server.pem')));
      expect(server.verify(new X509Certificate(emu.caPem).publicKey)).toBe(true);
      expect(server.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1');

      const sub = SEED_SUBSCRIPTIONS.production.id;
      const res = await rawRequest(`${emu.httpsUrl}/subscriptions/${sub}/resourcegroups?api-version=2021-04-01`, { ca: emu.caPem, headers: { Authorization: `Bearer ${await token(emu.url)}` } });
      expect(res.status).toBe(200);
      // As ARM's TLS endpoint does: HSTS and nosniff on every answer there, and neither on plain http.
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect((await rawRequest(`${emu.url}/_emulator/health`)).headers['strict-transport-security']).toBeUndefined();
      // nextLinks and Location headers name the listener the client used.
      const metadata = await rawRequest(`${emu.httpsUrl}/metadata/endpoints?api-version=2022-09-01`, { ca: emu.caPem });
      expect(metadata.json()).toMatchObject({ resourceManager: `${emu.httpsUrl}/` });
      await expect(rawRequest(`${emu.httpsUrl}/_emulator/health`)).rejects.toThrow(/self[- ]signed|unable to verify|certificate/i);
    } finally {
      await emu.close();
    }
  });

  it('reuses the certificates from the data folder on the next start', async () => {
    const first = await startEmulator({ dbPath: path.join(dataDir, 'arm.db'), port: 0, quiet: true });
    const ca = first.caPem;
    await first.close();
    const second = await startEmulator({ dbPath: path.join(dataDir, 'arm.db'), port: 0, quiet: true });
    try {
      expect(second.caPem).toBe(ca);
      expect((await rawRequest(`${second.httpsUrl}/_emulator/health`, { ca })).status).toBe(200);
    } finally {
      await second.close();
    }
  });
});
