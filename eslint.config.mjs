// Lint: Next's core-web-vitals + TypeScript rules, plus the project's own boundaries
// (the emulator is the other end of the wire; lib/arm never touches React).
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ['node_modules/**', '.next/**', '.next-*/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'bench-results/**'],
  },
  {
    rules: {
      'react/no-danger': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['lib/emulator/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@/app/*', '@/components/*', '@/lib/arm/*', '@/lib/registries/*', '../arm/*', '../registries/*'] }],
    },
  },
  {
    files: ['lib/arm/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', '@/app/*', '@/components/*', '@/lib/emulator/*', '../emulator/*'] }],
    },
  },
  {
    files: ['app/**', 'components/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@/lib/emulator/*', '**/lib/emulator/*'] }],
    },
  },
  {
    // Tests may import anything: contract tests start the emulator in-process.
    // Last, so it wins over the folder rules above.
    files: ['**/*.test.ts', 'lib/arm/contract/**', 'lib/**/testing/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
];

export default config;
