import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Both languages must say the same things: every key in one exists in the other (plural
// forms aside: English has _one/_other, Indonesian one form), with the same placeholders.

const DIRECTORY = join(import.meta.dirname, '.');
const SOURCE = join(import.meta.dirname, '..');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(node: unknown, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  if (typeof node === 'string') entries.set(prefix, node);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) for (const entry of flatten(value, prefix ? `${prefix}.${key}` : key)) entries.set(...entry);
  }
  return entries;
}

/** Key (plural suffix removed) → the placeholders its texts use. */
function keysOf(language: string, namespace: string): Map<string, string> {
  const texts = flatten(JSON.parse(readFileSync(join(DIRECTORY, language, namespace), 'utf8')));
  const keys = new Map<string, string>();
  for (const [key, text] of texts) {
    const placeholders = [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).filter((name) => name !== 'count');
    keys.set(key.replace(PLURAL, ''), [...new Set([...(keys.get(key.replace(PLURAL, ''))?.split(',').filter(Boolean) ?? []), ...placeholders])].sort().join(','));
  }
  return keys;
}

describe('UI text in Bahasa Indonesia and English', () => {
  const namespaces = readdirSync(join(DIRECTORY, 'id')).filter((file) => file.endsWith('.json'));

  it('has the same namespaces in both languages', () => {
    expect(readdirSync(join(DIRECTORY, 'en')).filter((file) => file.endsWith('.json')).sort()).toEqual([...namespaces].sort());
  });

  it.each(namespaces)('%s: the same keys with the same placeholders', (namespace) => {
    const indonesian = keysOf('id', namespace);
    const english = keysOf('en', namespace);
    expect([...english.keys()].sort()).toEqual([...indonesian.keys()].sort());
    for (const [key, placeholders] of indonesian) expect(`${key}: ${english.get(key)}`).toBe(`${key}: ${placeholders}`);
  });

  // Names only, across namespaces: a key counts as used when the source names it in quotes
  // ('kpi.covered', 'map:legend.title'), builds it from a prefix (`type.${type}`) or from
  // parts it names each in quotes (`${kind}.${finding.code}` with 'errors' and 'file_empty').
  it('has no text that no code shows', () => {
    const code = readdirSync(SOURCE, { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
      .map((file) => readFileSync(join(SOURCE, file), 'utf8'))
      .join('\n');
    const withoutNamespace = (name: string) => name.replace(/^\w+:/, '');
    const quoted = new Set([...code.matchAll(/['"`]([\w.:()-]+)['"`]/g)].map((match) => withoutNamespace(match[1]!)));
    const prefixes = [...code.matchAll(/`([\w.:-]+\.)\$\{/g)].map((match) => withoutNamespace(match[1]!));
    const unused = namespaces.flatMap((namespace) =>
      [...keysOf('id', namespace).keys()]
        .filter((key) => !quoted.has(key) && !prefixes.some((prefix) => key.startsWith(prefix)))
        .filter((key) => !key.includes('.') || !key.split('.').every((part) => quoted.has(part)))
        .map((key) => `${namespace}: ${key}`),
    );
    expect(unused).toEqual([]);
  });
});
