import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import english from '../../i18n/en/import.json';
import indonesian from '../../i18n/id/import.json';
import { TODAY, testLocate, testRegion } from '../../../test/fixtures/import/region';
import { formatMessage } from './messages';
import { parseInstallations } from './parseInstallations';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

describe('import messages', () => {
  it('has the same codes and placeholders in Indonesian and English', () => {
    for (const kind of ['errors', 'warnings'] as const) {
      expect(Object.keys(indonesian[kind]).sort()).toEqual(Object.keys(english[kind]).sort());
      for (const [code, text] of Object.entries(english[kind])) {
        expect(placeholders((indonesian[kind] as Record<string, string>)[code] ?? ''), code).toEqual(placeholders(text));
      }
    }
  });

  it('has a message for every code the fixtures produce, in both languages', () => {
    const directory = new URL('../../../test/fixtures/import/', import.meta.url);
    const files = readdirSync(directory).filter((name) => /\.(csv|geojson|bin)$/.test(name));
    const seen = new Set<string>();
    for (const name of files) {
      const result = parseInstallations(new TextDecoder().decode(readFileSync(new URL(name, directory))), { region: testRegion, locate: testLocate, today: TODAY, language: 'id' });
      for (const error of result.rejected) {
        seen.add(error.code);
        expect(error.message, error.code).not.toBe(error.code);
        expect(error.message, error.code).not.toMatch(/\{\{/);
      }
      for (const warning of result.warnings) {
        seen.add(warning.code);
        expect(warning.message, warning.code).not.toMatch(/\{\{/);
      }
    }
    expect(seen.size).toBeGreaterThan(12);
  });

  it('fills placeholders and falls back to English, then to the code', () => {
    expect(formatMessage('errors', 'date_future', { value: '2027-01-01', today: '2026-11-26' }, 'id')).toBe('Tanggal 2027-01-01 belum terjadi (hari ini 2026-11-26).');
    expect(formatMessage('errors', 'no_such_code', {}, 'id')).toBe('no_such_code');
  });
});
