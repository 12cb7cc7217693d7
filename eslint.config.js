import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', '.cache/**', 'generated/**', 'test/**/golden/**', 'test/**/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', setImmediate: 'readonly', URL: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', crypto: 'readonly', structuredClone: 'readonly', queueMicrotask: 'readonly', performance: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': 'off',
    },
  },
  {
    // One-way imports (DESIGN.md section 2): core knows no transport, bus knows no client.
    files: ['runtime/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['../bus/*', '../transports/*', '../testing/*', '@nats-io/*', 'kafkajs', 'node:fs', 'node:net', 'node:child_process'] }],
    },
  },
  {
    files: ['runtime/bus/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['../transports/*', '@nats-io/*', 'kafkajs'] }] },
  },
  // Each transport knows only its own client, and never the bus.
  ...[
    ['memory', ['@nats-io/*', 'kafkajs']],
    ['nats', ['kafkajs']],
    ['kafka', ['@nats-io/*']],
  ].map(([name, clients]) => ({
    files: [`runtime/transports/${name}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: [...clients, '../../bus/*', '../../testing/*'] }] },
  })),
  // Only generator/load talks to the AsyncAPI parser; only generator/emit to Modelina and AJV's code generator.
  ...[
    ['generator/**/*.ts', ['generator/load/**', 'generator/emit/**'], ['@asyncapi/parser', '@asyncapi/modelina', 'ajv/dist/standalone']],
    ['generator/load/**/*.ts', [], ['@asyncapi/modelina', 'ajv/dist/standalone']],
    ['generator/emit/**/*.ts', [], ['@asyncapi/parser']],
  ].map(([files, ignores, patterns]) => ({ files: [files], ignores, rules: { 'no-restricted-imports': ['error', { patterns }] } })),
);
