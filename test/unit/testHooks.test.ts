import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

// The map's test hook (`window.__cakupanMap`) must reach the test build the browser tests
// serve and never the production bundle. This builds a page that uses the hook, minified as
// the app is, in both modes, and reads the output: it proves the flag and that the
// production build drops the hook's code, not only that a branch is skipped at run time.
const testHooks = fileURLToPath(new URL('../../src/features/map/testHooks.ts', import.meta.url));
const ENTRY = '\0test-hooks-entry';

async function bundle(mode: 'production' | 'test'): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    mode,
    plugins: [{
      name: 'test-hooks-entry',
      resolveId: (id) => (id === ENTRY ? ENTRY : undefined),
      load: (id) => (id === ENTRY ? `import { exposeMapForTests } from ${JSON.stringify(testHooks)};\nexposeMapForTests(globalThis.someMap)();\n` : undefined),
    }],
    build: { write: false, target: 'es2022', rolldownOptions: { input: ENTRY } },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  return results.flatMap((result) => result.output).map((file) => (file.type === 'chunk' ? file.code : '')).join('\n');
}

describe('test hooks', () => {
  it('the test build publishes the map as window.__cakupanMap', async () => {
    expect(await bundle('test')).toContain('__cakupanMap');
  });

  it('the production build carries no trace of it', async () => {
    const code = await bundle('production');
    expect(code).not.toContain('__cakupanMap');
    expect(code).toContain('someMap'); // the page itself was built
  });
});
