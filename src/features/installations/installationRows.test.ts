import { describe, expect, it } from 'vitest';
import type { Installation } from '../../domain/installation';
import { queryRows } from '../../components/rowQuery';
import english from '../../i18n/en/tables.json';
import indonesian from '../../i18n/id/tables.json';
import { translateFrom } from '../../i18n/translateFrom';
import { buildInstallationRows, INSTALLATION_ACCESSORS, installationSearchText, installationShownText, warningsFor } from './installationRows';

function installation(id: string, patch: Partial<Installation> = {}): Installation {
  return {
    id, type: 'baliho', lat: 1.1, lng: 104, installedAt: '2026-03-01', status: 'terpasang', notes: '', source: 'demo',
    createdAt: '2026-03-01T00:00:00Z', updatedAt: '2026-03-01T00:00:00Z', ...patch,
  };
}

const names = new Map([
  ['21.71.06.1004', { nama: 'Batu Selicin', kecamatan: 'Lubuk Baja' }],
  ['21.71.09.1003', { nama: 'Sadai', kecamatan: 'Bengkong' }],
]);
const installations = [
  installation('match', { kelurahanKode: '21.71.06.1004', type: 'spanduk' }),
  installation('wrong', { kelurahanKode: '21.71.09.1003', installedAt: '2026-05-02', notes: 'Dekat pasar' }),
  installation('sea'),
  installation('twin', { type: 'poster' }),
];
const actualKode = ['21.71.06.1004', '21.71.06.1004', null, '21.71.09.1003'];

describe('installation rows', () => {
  const rows = buildInstallationRows({ installations, actualKode, names, duplicateIds: new Set(['twin']) });

  it('names the actual and the stated kelurahan separately', () => {
    expect(rows[1]).toMatchObject({ actualNama: 'Batu Selicin', kecamatan: 'Lubuk Baja', statedNama: 'Sadai', statedKode: '21.71.09.1003' });
    expect(rows[2]?.actualKode).toBeUndefined();
  });

  it('flags outside, mismatch and duplicate', () => {
    expect(rows.map((row) => row.warnings)).toEqual([[], ['mismatch'], ['outside'], ['duplicate']]);
  });

  it('builds only the rows the shared filter kept, in order', () => {
    const picked = buildInstallationRows({ installations, actualKode, names, indexes: Uint32Array.of(3, 1) });
    expect(picked.map((row) => [row.id, row.index])).toEqual([['twin', 3], ['wrong', 1]]);
  });

  it('refuses located kodes that do not line up with the installations', () => {
    expect(() => buildInstallationRows({ installations, actualKode: actualKode.slice(1), names })).toThrow(/4 installations but 3/);
  });

  it('finds rows by kelurahan name, notes or warning through the global search', () => {
    const find = (search: string) => queryRows(rows, { search, columnFilters: {} }, INSTALLATION_ACCESSORS, installationSearchText).map((row) => row.id);
    expect(find('sadai')).toEqual(['wrong', 'twin']);
    expect(find('PASAR')).toEqual(['wrong']);
    expect(find('outside')).toEqual(['sea']);
  });

  it('sorts by date and filters per column', () => {
    const sorted = queryRows(rows, { search: '', columnFilters: { type: 'baliho' }, sort: { column: 'installedAt', descending: true } },
      INSTALLATION_ACCESSORS, installationSearchText);
    expect(sorted.map((row) => row.id)).toEqual(['wrong', 'sea']);
  });
});

describe('filtering installations by what the table shows', () => {
  const rows = buildInstallationRows({
    installations: [...installations, installation('torn', { status: 'rusak', installedAt: '2026-11-20' })],
    actualKode: [...actualKode, '21.71.09.1003'],
    names,
    duplicateIds: new Set(['twin']),
  });
  const query = (language: 'id' | 'en', search: string, columnFilters: Record<string, string> = {}) => {
    const shown = installationShownText(translateFrom(language === 'en' ? english : indonesian), language);
    return queryRows(rows, { search, columnFilters }, INSTALLATION_ACCESSORS, installationSearchText, shown).map((row) => row.id);
  };

  it('filters the type, status and warning columns by their labels in the UI language', () => {
    expect(query('en', '', { status: 'damaged' })).toEqual(['torn']);
    expect(query('id', '', { status: 'Rusak' })).toEqual(['torn']);
    expect(query('en', '', { type: 'street' })).toEqual(['match']);
    // English names keep the Indonesian word, as the filter bar and the legend do.
    expect(query('en', '', { type: 'baliho' })).toEqual(['wrong', 'sea', 'torn']);
    expect(query('id', '', { warnings: 'di luar' })).toEqual(['sea']);
    expect(query('en', '', { warnings: 'duplicate' })).toEqual(['twin']);
  });

  it('filters dates as printed or as ISO', () => {
    expect(query('id', '', { installedAt: 'Mei 2026' })).toEqual(['wrong']);
    expect(query('en', '', { installedAt: 'may 2026' })).toEqual(['wrong']);
    expect(query('en', '', { installedAt: '2026-11' })).toEqual(['torn']);
  });

  it('lets the search find labels too, keeping the codes it already knew', () => {
    expect(query('en', 'damaged')).toEqual(['torn']);
    expect(query('id', 'kemungkinan ganda')).toEqual(['twin']);
    expect(query('en', 'rusak')).toEqual(['torn']);
  });
});

describe('warningsFor', () => {
  it('does not call an unstated kelurahan a mismatch', () => {
    expect(warningsFor('21.71.06.1004', undefined, false)).toEqual([]);
    expect(warningsFor(undefined, '21.71.06.1004', true)).toEqual(['outside', 'duplicate']);
  });
});
