// Lint: TypeScript rules plus the layering of DESIGN.md §2 (core ← engine ← state ← ui; demos compose;
// tfjs only in core/nn and core/agents/neural) and the ban on Math.random (all randomness is seeded).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const tfjs = { group: ['@tensorflow/*'], message: 'tfjs lives only in src/core/nn and src/core/agents/neural.' };
const react = { group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'recharts'], message: 'UI libraries stay out of this layer.' };
const layer = (...names) => ({ group: names.map((n) => `**/${n}/**`), message: `This layer may not import ${names.join(', ')} (DESIGN.md §2).` });

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use a seeded Rng from src/core/rng (fork a labelled stream).' }],
      'no-restricted-imports': ['error', { patterns: [tfjs] }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/nn/**', 'src/core/agents/neural/**'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [tfjs, react, layer('engine', 'state', 'ui', 'demos', 'cli')] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'console', 'process'],
    },
  },
  {
    files: ['src/core/nn/**/*.ts', 'src/core/agents/neural/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [react, layer('engine', 'state', 'ui', 'demos', 'cli')] }],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/demos/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [tfjs, react, layer('state', 'ui', 'cli')] }] },
  },
  {
    // Only the URLs of the wasm binaries (Vite ?url imports), no tfjs code.
    files: ['src/engine/worker/tf-wasm-files.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [react, layer('state', 'ui', 'cli')] }] },
  },
  {
    files: ['src/state/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [tfjs, layer('ui', 'cli')] }] },
  },
);
