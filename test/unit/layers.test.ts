import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The layer rules live in eslint.config.js; these cases prove they bite, so a config
// change that silently disables them fails here rather than in review.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('layer lint rules', () => {
  it('refuses an engine module that imports the browser store', async () => {
    expect(await ruleIdsFor('src/geo/violation.ts', "import { createStore } from '../data/createStore';\nexport const store = createStore;\n")).toContain('import-x/no-restricted-paths');
  });

  it('refuses a domain module that imports the engine', async () => {
    expect(await ruleIdsFor('src/domain/violation.ts', "import { haversineMeters } from '../geo/measure';\nexport const distance = haversineMeters;\n")).toContain('import-x/no-restricted-paths');
  });

  it('refuses a feature that imports another feature', async () => {
    expect(await ruleIdsFor('src/features/coverage/violation.ts', "import { Legend } from '../map/Legend';\nexport const legend = Legend;\n")).toContain('import-x/no-restricted-paths');
  });

  it('refuses a script that reaches past the engine entry', async () => {
    expect(await ruleIdsFor('scripts/violation.ts', "import { haversineMeters } from '../src/geo/measure';\nexport const distance = haversineMeters;\n")).toContain('import-x/no-restricted-paths');
  });

  it('accepts the engine importing the domain', async () => {
    expect(await ruleIdsFor('src/geo/fine.ts', "import { INSTALLATION_TYPES } from '../domain/installationKinds';\nexport const types = INSTALLATION_TYPES;\n")).toEqual([]);
  });
});
