// The publish actions called directly against an in-process emulator: an environment's build context is
// uploaded through the codes pendingUpload and the version points at ARM's container (not one the browser
// names); an existing version is refused at its field; a malformed upload id and a Reader are refused
// before any write; the schema's problems come back as field errors.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createArmClient, type ArmClient } from '@/lib/arm/client';
import { EmulatorCredential } from '@/lib/arm/emulator-credential';
import { SEED_PRINCIPALS } from '@/lib/emulator/seed/principals';
import { SEED_REGISTRIES } from '@/lib/emulator/seed/registries';
import { startFixture, uniqueName, type EmulatorFixture } from '@/lib/emulator/testing/emulator-fixture';

const current = vi.hoisted(() => ({ client: null as ArmClient | null }));
vi.mock('@/lib/session/arm-client', () => ({ getConsoleArmClient: async () => current.client }));

const { startUploadAction } = await import('./start-upload-action');
const { createVersionAction } = await import('./create-version-action');

let emu: EmulatorFixture;
const seededRegistry = SEED_REGISTRIES.find((r) => r.name === 'contoso-dev-registry')!;
const ref = { subscriptionId: seededRegistry.subscriptionId, resourceGroup: seededRegistry.resourceGroup, name: seededRegistry.name };
const armPath = `/subscriptions/${ref.subscriptionId}/resourceGroups/${ref.resourceGroup}/providers/Microsoft.MachineLearningServices/registries/${ref.name}`;
const clientFor = (principal: string) => createArmClient({ endpoint: emu.url, credential: new EmulatorCredential(emu.url, principal), retry: { maxRetries: 0 } });

beforeAll(async () => {
  emu = await startFixture();
  current.client = clientFor(SEED_PRINCIPALS.owner.userPrincipalName);
});
afterAll(async () => {
  await emu.close();
});

const buildEnv = (name: string) => ({ kind: 'environments', name, version: '1', description: 'built', tags: '', source: 'build', dockerfilePath: 'Dockerfile', files: [{ path: 'ctx/Dockerfile', size: 20 }] });

describe('publish actions', () => {
  it('uploads a build context through codes/startPendingUpload and points the environment at ARM’s container', async () => {
    current.client = clientFor(SEED_PRINCIPALS.owner.userPrincipalName);
    const name = uniqueName('env');
    const target = await startUploadAction(ref, buildEnv(name));
    expect(target.ok).toBe(true);
    if (!target.ok) return;
    expect(target.data.blobPaths).toEqual([`${name}/Dockerfile`]);
    expect(target.data.sasUri).toMatch(/\/_blob\/[a-z0-9]+\/[0-9a-f-]+\?.*sig=/);
    const created = await createVersionAction(ref, buildEnv(name), target.data.pendingUploadId);
    expect(created).toEqual({ ok: true, data: { href: `/registries/${ref.subscriptionId}/${ref.resourceGroup}/${ref.name}/assets/environments/${name}?version=1` } });
    const version = await emu.arm<{ properties: { build: { contextUri: string; dockerfilePath: string } } }>('GET', `${armPath}/environments/${name}/versions/1?api-version=2025-09-01`);
    expect(version.body.properties.build).toEqual({ contextUri: `${target.data.sasUri.split('?')[0]}/${name}`, dockerfilePath: 'Dockerfile' });

    const again = await createVersionAction(ref, { kind: 'data', name, version: '1', description: '', tags: '', dataType: 'uri_file', source: 'uri', uri: 'https://example.com/a.csv' });
    expect(again.ok).toBe(true);
    const duplicate = await createVersionAction(ref, { kind: 'data', name, version: '1', description: '', tags: '', dataType: 'uri_file', source: 'uri', uri: 'https://example.com/b.csv' });
    expect(duplicate).toMatchObject({ ok: false, code: 'InvalidInput', fieldErrors: { version: expect.stringContaining('already exists') } });
  });

  it('refuses input the form would refuse, an upload id ARM did not issue, and a version without its upload', async () => {
    current.client = clientFor(SEED_PRINCIPALS.owner.userPrincipalName);
    const bad = await createVersionAction(ref, { kind: 'models', name: '-bad', version: '1', description: '', tags: '', modelType: 'custom_model', files: [] });
    expect(bad).toMatchObject({ ok: false, code: 'InvalidInput', fieldErrors: { name: expect.any(String), files: expect.any(String) } });
    expect(await startUploadAction(ref, buildEnv(uniqueName('env')), '../../x')).toMatchObject({ ok: false, code: 'InvalidInput' });
    expect(await createVersionAction(ref, buildEnv(uniqueName('env')))).toMatchObject({ ok: false, message: expect.stringContaining('Upload the files first') });
  });

  it('a Reader is refused before ARM is asked to write, in plain words naming assets/write', async () => {
    current.client = clientFor(SEED_PRINCIPALS.reader.userPrincipalName);
    const result = await startUploadAction(ref, buildEnv(uniqueName('env')));
    expect(result).toMatchObject({ ok: false, code: 'AuthorizationFailed', status: 403, message: expect.stringContaining('Microsoft.MachineLearningServices/registries/assets/write') });
  });
});
