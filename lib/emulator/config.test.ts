// ARM_EMULATOR_TIME_SCALE replaced ARM_EMULATOR_SPEED (a bigger "speed" was slower): the old name must not
// be silently ignored, so the emulator refuses to start and names the new variable.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveOptions } from './config';
import { startEmulator } from './server';

const ROOT = path.resolve(__dirname, '../..');

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('ARM_EMULATOR_TIME_SCALE', () => {
  it('scales provisioning delays from the environment', () => {
    vi.stubEnv('ARM_EMULATOR_TIME_SCALE', '0.25');
    expect(resolveOptions().timeScale).toBe(0.25);
  });

  it('refuses a negative or non-numeric time scale', () => {
    vi.stubEnv('ARM_EMULATOR_TIME_SCALE', 'fast');
    expect(() => resolveOptions()).toThrow(/ARM_EMULATOR_TIME_SCALE=fast is not valid/);
  });

  it('refuses to start in-process when the old ARM_EMULATOR_SPEED is set', async () => {
    vi.stubEnv('ARM_EMULATOR_SPEED', '0.01');
    await expect(startEmulator({ dbPath: ':memory:', port: 0, quiet: true })).rejects.toThrow(/ARM_EMULATOR_SPEED is no longer read: set ARM_EMULATOR_TIME_SCALE instead/);
  });

  it('`npm run emulator` exits with an error naming ARM_EMULATOR_TIME_SCALE when ARM_EMULATOR_SPEED is set', () => {
    const run = spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['lib/emulator/main.ts', '--quiet'], {
      cwd: ROOT,
      env: { ...process.env, ARM_EMULATOR_SPEED: '0.01', ARM_EMULATOR_PORT: '0', ARM_EMULATOR_DB: ':memory:' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('set ARM_EMULATOR_TIME_SCALE instead');
    expect(run.stdout).not.toContain('listening');
  });
});
