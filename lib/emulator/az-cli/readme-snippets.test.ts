// The README's "Use the emulator from az, Python and JS" lines, run as a user would copy them: the CA download,
// then the Python snippet (Debian's python3-azure: azure-identity + azure-mgmt-resource) and the JS snippet
// (@azure/identity + @azure/arm-resources), each a fresh process trusting the CA through the environment
// (REQUESTS_CA_BUNDLE, NODE_EXTRA_CA_CERTS) and signing in through the managed-identity endpoint. Only the
// ports change, to the test emulator's.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmulatorFixture } from '../testing/emulator-fixture';
import { startFixture } from '../testing/emulator-fixture';

const ROOT = path.resolve(__dirname, '../../..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The first ```sh block after `marker` in the README. */
function snippet(marker: string): string {
  const at = README.indexOf(marker);
  if (at < 0) throw new Error(`README has no ${marker}`);
  const block = /```sh\n([\s\S]*?)```/.exec(README.slice(at));
  if (!block) throw new Error(`no sh block after ${marker}`);
  return block[1];
}

let emu: EmulatorFixture;
let dir: string;
beforeAll(async () => {
  emu = await startFixture();
  dir = mkdtempSync(path.join(tmpdir(), 'registry-hub-readme-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await emu.close();
});

function run(script: string, extraEnv: Record<string, string> = {}): Promise<string> {
  const local = script.replaceAll('http://127.0.0.1:4510', emu.url).replaceAll('https://127.0.0.1:4511', emu.httpsUrl);
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(AZURE_|MSI_|IDENTITY_|REQUESTS_CA_BUNDLE$|NODE_EXTRA_CA_CERTS$)/.test(k))) as NodeJS.ProcessEnv;
  // The JS snippet runs from the user's project; here that project is this repository.
  env.NODE_PATH = path.join(ROOT, 'node_modules');
  // python3 is Debian's, which has python3-azure (installed with azure-cli), ahead of any other on PATH.
  env.PATH = `/usr/bin:${env.PATH ?? ''}`;
  Object.assign(env, extraEnv);
  return new Promise((resolve, reject) => {
    execFile('bash', ['-euo', 'pipefail', '-c', local], { cwd: dir, env, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

describe('README: Use the emulator from az, Python and JS', () => {
  it('downloads the CA, then lists resource groups from Python', async () => {
    const curl = /```sh\n(curl [^\n]*\n)```/.exec(README)?.[1];
    expect(curl).toBeTruthy();
    await run(curl!);
    const out = await run(snippet('<!-- tested: python -->'));
    expect(out).toContain("'rg-ml-prod'");
  }, 90_000);

  it("runs the console's ARM client over the TLS listener with NODE_EXTRA_CA_CERTS (ARM_ENDPOINT=https://…)", async () => {
    const script = [
      "import { createArmClient } from './lib/arm/client';",
      "import { EmulatorCredential } from './lib/arm/emulator-credential';",
      'const endpoint = process.env.ARM_ENDPOINT!;',
      "const client = createArmClient({ endpoint, credential: new EmulatorCredential(endpoint, 'owner@contoso.onmicrosoft.com') });",
      "client.send<{ value: unknown[] }>({ method: 'GET', path: '/subscriptions', apiVersion: '2022-12-01' }).then((r) => console.log(`subscriptions: ${r.body.value.length}`));",
    ].join('\n');
    const out = await run(`curl -s http://127.0.0.1:4510/_emulator/ca.pem -o ca.pem && cd ${ROOT} && NODE_EXTRA_CA_CERTS=${dir}/ca.pem ARM_ENDPOINT=https://127.0.0.1:4511 node_modules/.bin/tsx -e "$SCRIPT"`, { SCRIPT: script });
    expect(out).toMatch(/^subscriptions: [1-9]/m);
  }, 90_000);

  it('lists resource groups from Node', async () => {
    const out = await run(snippet('<!-- tested: js -->'));
    expect(out.split('\n')).toContain('rg-ml-prod');
  }, 90_000);
});
