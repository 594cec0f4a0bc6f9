// Unit and contract tests live next to the code they test (*.test.ts). Browser tests are Playwright's (e2e/).
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./', import.meta.url)),
      // Tests run server modules directly; the marker package only guards client bundles.
      'server-only': fileURLToPath(new URL('./node_modules/server-only/empty.js', import.meta.url)),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts'],
    // Against real ARM (ARM_LIVE=1) the emulator-only contract specs (restarts, seeded principals) cannot run.
    exclude: process.env.ARM_LIVE === '1' ? ['**/node_modules/**', 'lib/arm/contract/emulator-only/**'] : ['**/node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
