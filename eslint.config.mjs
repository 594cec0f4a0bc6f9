// Lint: Next's core-web-vitals + TypeScript rules, plus the project's own boundaries. The arrows of
// docs/architecture.md are checked by `import/no-restricted-paths` (eslint-plugin-import, which
// eslint-config-next brings); scripts/lint/architecture-boundaries.test.ts proves each zone fires on a wrong import.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { ARCHITECTURE_ZONES } from './eslint.architecture.mjs';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['node_modules/**', '.next/**', '.next-*/**', '.data/**', 'test-results/**', 'test-results-*/**', 'playwright-report/**', 'next-env.d.ts', 'bench-results/**'],
  },
  {
    rules: {
      'react/no-danger': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import/no-restricted-paths': ['error', { zones: ARCHITECTURE_ZONES }],
    },
  },
  {
    // Packages are not paths: lib/arm and the ARM facts know nothing of React.
    files: ['lib/arm/**', 'lib/arm-facts/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'next/*'] }],
    },
  },
  {
    // Tests may import anything: contract tests start the emulator in-process.
    // Last, so it wins over the folder rules above.
    files: ['**/*.test.ts', 'lib/arm/contract/**', 'lib/**/testing/**'],
    rules: { 'no-restricted-imports': 'off', 'import/no-restricted-paths': 'off' },
  },
];

export default config;
