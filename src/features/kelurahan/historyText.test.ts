import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import enMap from '../../i18n/en/map.json';
import enPlanner from '../../i18n/en/planner.json';
import idMap from '../../i18n/id/map.json';
import idPlanner from '../../i18n/id/planner.json';
import type { HistoryEntry } from '../../domain/installationHistory';
import { historyEntryText, newestFirst, type HistoryTextContext } from './historyText';

// The real UI texts, so these tests read what a person reads.
const i18n = i18next.createInstance();
await i18n.init({
  resources: { id: { planner: idPlanner, map: idMap }, en: { planner: enPlanner, map: enMap } },
  lng: 'id',
  defaultNS: 'planner',
  interpolation: { escapeValue: false },
});

const NAMES: Record<string, string> = { '21.71.06.1005': 'Tanjung Uma', '21.71.04.1001': 'Lubuk Baja Kota' };

function context(language: 'id' | 'en'): HistoryTextContext {
  return {
    t: i18n.getFixedT(language, 'planner') as HistoryTextContext['t'],
    language,
    kelurahanName: (kode) => NAMES[kode],
    demoNote: { stored: 'Data contoh', shown: language === 'id' ? 'Data contoh' : 'Demo data' },
  };
}

const id = context('id');
const en = context('en');
// 03:12 UTC is 10.12 in Batam (WIB, UTC+7), whatever the zone of the machine running this.
const AT = '2026-12-03T03:12:00.000Z';

function entry(action: HistoryEntry['action'], changes: HistoryEntry['changes'] = {}, user = 'rina'): HistoryEntry {
  return { at: AT, user, action, changes };
}

describe('historyEntryText', () => {
  it('says a status change in words, who made it and when in Batam time', () => {
    const text = historyEntryText(entry('update', { status: ['terpasang', 'rusak'] }), id);
    expect(text).toEqual({ changes: ['Status: Terpasang → Rusak'], summary: 'oleh rina, 3 Des 2026, 10.12' });
    expect(historyEntryText(entry('update', { status: ['terpasang', 'rusak'] }), en)).toEqual({
      changes: ['Status: Installed → Damaged'],
      summary: 'by rina, 3 Dec 2026, 10:12',
    });
  });

  it('says create, import, delete and restore as what happened', () => {
    const created = entry('create', { type: [null, 'baliho'], status: [null, 'terpasang'] });
    expect(historyEntryText(created, id)).toEqual({ changes: [], summary: 'Dibuat oleh rina, 3 Des 2026, 10.12' });
    expect(historyEntryText(entry('import', { type: [null, 'poster'] }, 'budi'), id).summary).toBe('Diimpor oleh budi, 3 Des 2026, 10.12');
    expect(historyEntryText(entry('delete'), id).summary).toBe('Dihapus oleh rina, 3 Des 2026, 10.12');
    expect(historyEntryText(entry('restore'), id).summary).toBe('Dipulihkan oleh rina, 3 Des 2026, 10.12');
    expect(historyEntryText(entry('delete'), en).summary).toBe('Deleted by rina, 3 Dec 2026, 10:12');
    expect(historyEntryText(entry('restore'), en).summary).toBe('Restored by rina, 3 Dec 2026, 10:12');
  });

  it('formats dates like the rest of the app and says an absent value as empty', () => {
    const removed = entry('update', { status: ['terpasang', 'dilepas'], removedAt: [null, '2026-12-05'] });
    expect(historyEntryText(removed, id).changes).toEqual(['Status: Terpasang → Dilepas', 'Tanggal dilepas: (kosong) → 5 Des 2026']);
    expect(historyEntryText(entry('update', { installedAt: ['2026-10-01', '2026-09-30'] }), en).changes).toEqual(['Installed on: 1 Oct 2026 → 30 Sept 2026']);
  });

  it('says a move as one place, rounded to about a metre, and names the kelurahan', () => {
    const moved = entry('update', {
      lat: [1.1444112345, 1.1452],
      lng: [103.9977471234, 103.99801],
      locatedKelurahanKode: ['21.71.06.1005', '21.71.04.1001'],
    });
    expect(historyEntryText(moved, id).changes).toEqual([
      'Lokasi: 1,14441; 103,99775 → 1,1452; 103,99801',
      'Kelurahan (lokasi): Tanjung Uma → Lubuk Baja Kota',
    ]);
    expect(historyEntryText(moved, en).changes[0]).toBe('Location: 1.14441, 103.99775 → 1.1452, 103.99801');
    // Only one coordinate changed: the other is not in the entry, so only that one is said.
    expect(historyEntryText(entry('update', { lat: [1.1, 1.2] }), id).changes).toEqual(['Lintang: 1,1 → 1,2']);
    // A code the region does not know is shown as the code.
    expect(historyEntryText(entry('update', { kelurahanKode: ['21.71.99.9999', null] }), id).changes).toEqual(['Kelurahan (tercatat): 21.71.99.9999 → (kosong)']);
  });

  it('quotes notes, shortens long ones and says the demo label in the UI language', () => {
    const long = 'x'.repeat(80);
    const [line] = historyEntryText(entry('update', { notes: ['Data contoh', long] }), en).changes;
    expect(line).toBe(`Notes: «Demo data» → «${'x'.repeat(59)}…»`);
  });

  it('orders fields as a reader expects, whatever order the server sent', () => {
    const text = historyEntryText(entry('update', { notes: ['a', 'b'], type: ['poster', 'baliho'] }), id);
    expect(text.changes).toEqual(['Jenis: Poster → Baliho', 'Catatan: «a» → «b»']);
  });

  it('names API tokens and the server itself', () => {
    expect(historyEntryText(entry('import', {}, 'token:field-app'), id).summary).toBe('Diimpor oleh token API «field-app», 3 Des 2026, 10.12');
    expect(historyEntryText(entry('create', {}, 'system'), en).summary).toBe('Created by system, 3 Dec 2026, 10:12');
  });

  it('says an update without named fields as a change, and an unknown field by its name', () => {
    expect(historyEntryText(entry('update'), id)).toEqual({ changes: [], summary: 'Diubah oleh rina, 3 Des 2026, 10.12' });
    expect(historyEntryText(entry('update', { colour: ['red', 'blue'] }), en).changes).toEqual(['colour: red → blue']);
  });
});

describe('newestFirst', () => {
  it('turns the server\'s oldest-first list around without changing it', () => {
    const entries = [entry('create'), entry('update', { status: ['terpasang', 'rusak'] }), entry('delete')];
    expect(newestFirst(entries).map((item) => item.action)).toEqual(['delete', 'update', 'create']);
    expect(entries.map((item) => item.action)).toEqual(['create', 'update', 'delete']);
  });
});
