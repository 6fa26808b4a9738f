import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// The server's Content-Security-Policy allows script only from its own files
// (server/http/security.ts): an inline <script> or on* handler would not run.

function inlineScripts(html: string): string[] {
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes, body]) => !/\bsrc\s*=/.test(attributes!) || body!.trim() !== '')
    .map(([whole]) => whole.slice(0, 80));
  const handlers = [...html.matchAll(/<[^>]+\son[a-z]+\s*=/gi)].map(([whole]) => whole.slice(0, 80));
  const javascriptUrls = [...html.matchAll(/(?:href|src)\s*=\s*["']?\s*javascript:/gi)].map(([whole]) => whole);
  return [...scripts, ...handlers, ...javascriptUrls];
}

describe('index.html has no inline script', () => {
  test('the source page', () => {
    expect(inlineScripts(readFileSync('index.html', 'utf8'))).toEqual([]);
  });

  test.runIf(existsSync('dist/index.html'))('the built page (dist/)', () => {
    expect(inlineScripts(readFileSync('dist/index.html', 'utf8'))).toEqual([]);
  });

  test('the check finds what it looks for', () => {
    expect(inlineScripts('<script>alert(1)</script><img src=x onerror="x()"><script type="module" src="/a.js"></script>')).toHaveLength(2);
  });
});
