import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { inlineScripts } from '../support/inlineScripts';

// The built page is checked where a build exists: test/e2e/builtPage.spec.ts.

describe('index.html has no inline script', () => {
  test('the source page', () => {
    expect(inlineScripts(readFileSync('index.html', 'utf8'))).toEqual([]);
  });

  test('the check finds what it looks for', () => {
    expect(inlineScripts('<script>alert(1)</script><img src=x onerror="x()"><script type="module" src="/a.js"></script>')).toHaveLength(2);
  });
});
