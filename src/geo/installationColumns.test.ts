import { describe, expect, it } from 'vitest';
import { statusOn } from './computeCoverage';
import type { Installation } from '../domain/installation';
import { INSTALLATION_STATUSES, INSTALLATION_TYPES } from '../domain/installationKinds';
import { dayDate, dayNumber, installationColumns, isIsoDate, NO_REMOVAL, statusCodeOn } from './installationColumns';

let seed = 3;
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const isoOf = (milliseconds: number) => new Date(milliseconds).toISOString().slice(0, 10);

describe('dayNumber', () => {
  it('equals Date.UTC days for random dates from 1600 to 2400, leap days and century years included', () => {
    const dates = ['1600-02-29', '1700-02-28', '1900-03-01', '1970-01-01', '1969-12-31', '2000-02-29', '2024-02-29', '2100-03-01', '2400-02-29'];
    for (let sample = 0; sample < 5000; sample++) dates.push(isoOf(Date.UTC(1600, 0, 1) + Math.floor(random() * 800 * 365.25) * 86_400_000));
    for (const date of dates) {
      expect(dayNumber(date), date).toBe(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
      expect(dayDate(dayNumber(date))).toBe(date);
    }
  });

  it('orders like the ISO strings', () => {
    const dates = Array.from({ length: 500 }, () => isoOf(Date.UTC(1990, 0, 1) + Math.floor(random() * 20_000) * 86_400_000));
    const byString = [...dates].sort();
    const byDay = [...dates].sort((a, b) => dayNumber(a) - dayNumber(b));
    expect(byDay).toEqual(byString);
  });

  it('rejects what is not a real YYYY-MM-DD date, naming it', () => {
    for (const bad of ['999x-01-01', '2026-1x-01', '2026-01-3x', '2026-02-29', '2026-13-01', '2026-00-10', '2026-04-31', '2026-4-01', '26-04-01', '2026/04/01', '2026-04-01T00:00', 'abcd-ef-gh', '']) {
      expect(() => dayNumber(bad), bad).toThrow(`Not a YYYY-MM-DD date: "${bad}"`);
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(isIsoDate('2028-02-29')).toBe(true);
  });
});

describe('installationColumns', () => {
  const items: Installation[] = Array.from({ length: 3000 }, (_, index) => {
    const installedAt = isoOf(Date.UTC(2026, 0, 1 + Math.floor(random() * 300)));
    const status = INSTALLATION_STATUSES[Math.floor(random() * 3)]!;
    const removedAt = status === 'dilepas' || random() < 0.2 ? isoOf(Date.parse(installedAt) + Math.floor(random() * 90) * 86_400_000) : undefined;
    return {
      id: `i${index}`, type: INSTALLATION_TYPES[index % 4]!, status, installedAt, ...(removedAt ? { removedAt } : {}),
      lng: 104 + random() * 0.2, lat: 1 + random() * 0.2, notes: '', source: 'import', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
    };
  });
  const columns = installationColumns(items);

  it('holds every field of every row', () => {
    expect(columns.count).toBe(items.length);
    items.forEach((item, index) => {
      expect(columns.lng[index]).toBe(item.lng);
      expect(columns.lat[index]).toBe(item.lat);
      expect(INSTALLATION_TYPES[columns.type[index]!]).toBe(item.type);
      expect(INSTALLATION_STATUSES[columns.status[index]!]).toBe(item.status);
      expect(dayDate(columns.installed[index]!)).toBe(item.installedAt);
      expect(columns.removed[index]).toBe(item.removedAt === undefined ? NO_REMOVAL : dayNumber(item.removedAt));
    });
  });

  it('gives the status on a day exactly as statusOn does', () => {
    for (const asOf of ['2025-12-31', '2026-03-01', '2026-06-15', '2026-10-01', '2027-06-01']) {
      items.forEach((item, index) => {
        const code = statusCodeOn(columns, index, dayNumber(asOf));
        expect(code === -1 ? null : INSTALLATION_STATUSES[code], `${item.id} on ${asOf}`).toBe(statusOn(item, asOf));
      });
    }
  });

  it('throws on a row the schema would reject, naming its position, instead of storing a wrong number', () => {
    const broken = [items[0]!, { ...items[1]!, installedAt: '2026-02-30' }];
    expect(() => installationColumns(broken)).toThrow('Installation 2, installedAt: Not a YYYY-MM-DD date: "2026-02-30"');
    expect(() => installationColumns([{ ...items[0]!, type: 'billboard' as never }])).toThrow('Installation 1: unknown type "billboard"');
  });
});
