import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import globals from 'globals';

// The layers (docs/architecture.md): domain <- geo <- data, components <- features <- app.
// `server/` uses domain and geo; the pipeline and scripts use the engine through its entry.
// Each zone names a folder and what it must not import.
const layerZones = [
  { target: './src/domain', from: './src', except: ['./domain'], message: 'src/domain imports only libraries.' },
  { target: './src/geo', from: './src', except: ['./domain', './geo'], message: 'src/geo is the pure engine: it imports only src/domain.' },
  { target: './src/data', from: ['./src/components', './src/features', './src/app'], message: 'src/data sits below the UI.' },
  { target: './src/components', from: ['./src/features', './src/app', './src/mocks'], message: 'Shared UI primitives do not import features or app.' },
  { target: './src/features', from: ['./src/app', './src/mocks'], message: 'Features do not import app.' },
  ...['coverage', 'installations', 'kelurahan', 'map'].map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: move what two features share down.',
  })),
  { target: ['./geodata', './scripts', './server'], from: './src/geo', except: ['./index.ts'], message: 'Use the engine through its public entry, src/geo/index.ts.' },
  { target: './server', from: ['./src/data', './src/components', './src/features', './src/app', './src/mocks'], message: 'The server uses src/domain and src/geo only.' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'test-results', 'playwright-report', 'geodata/.cache', 'test/e2e/artifacts', '.data'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/geo/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-dom', 'maplibre-gl'], message: 'src/geo is pure: no React, no MapLibre.' }] }],
    },
  },
);
