import { describe, expect, it } from 'vitest';
import { INSTALLATION_STATUSES, INSTALLATION_TYPES } from '../../data/installation';
import { installationColumns } from '../../geo/installationColumns';
import { dayDate, dayNumber, installationDays, NO_REMOVAL } from './installationDays';

const byDateParse = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;
const pad = (value: number, width: number) => String(value).padStart(width, '0');

// Small deterministic generator (mulberry32) so a failure can be replayed.
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('dayNumber', () => {
  it('equals Date.parse / 86,400,000 on random dates of years 0-9999', () => {
    const next = random(7);
    for (let sample = 0; sample < 20_000; sample++) {
      const date = `${pad(Math.floor(next() * 10_000), 4)}-${pad(1 + Math.floor(next() * 12), 2)}-${pad(1 + Math.floor(next() * 28), 2)}`;
      expect(dayNumber(date), date).toBe(byDateParse(date));
      expect(dayDate(dayNumber(date)), date).toBe(date);
    }
  });

  it('equals Date.UTC on every day of leap and common years, century rules included', () => {
    for (const year of [1900, 1970, 2000, 2024, 2025, 2026, 2100, 2400]) {
      for (let day = 0; day < 366; day++) {
        const time = Date.UTC(year, 0, 1 + day);
        const date = new Date(time).toISOString().slice(0, 10);
        expect(dayNumber(date), date).toBe(time / 86_400_000);
      }
    }
  });

  it('matches Date.parse on day overflow and on input it does not accept', () => {
    // V8 rolls 30 February over to 2 March; the installation data keeps whatever Date.parse gave.
    for (const date of ['2026-02-29', '2026-02-30', '2024-02-31', '2026-04-31', '2026-04-32', '2026-00-10', '2026-13-01',
      '2026-04-00', '2026-1-01', '2026/01/01', 'abcd-ef-gh', '', '2026-01-01 ', '+02026-01-01']) {
      expect(dayNumber(date), date).toEqual(byDateParse(date));
    }
    expect(dayNumber('2026-02-30')).toBe(dayNumber('2026-03-02'));
    expect(dayNumber('2026-13-01')).toBeNaN();
  });
});

describe('installationDays', () => {
  it('stores day numbers, NO_REMOVAL and the type and status codes', () => {
    const days = installationDays([
      { type: 'poster', status: 'terpasang', installedAt: '2026-03-01' },
      { type: 'baliho', status: 'dilepas', installedAt: '2024-02-29', removedAt: '2024-03-01' },
    ]);
    expect([...days.installed]).toEqual([byDateParse('2026-03-01'), byDateParse('2024-02-29')]);
    expect([...days.removed]).toEqual([NO_REMOVAL, byDateParse('2024-03-01')]);
    expect([...days.type]).toEqual([3, 0]);
    expect([...days.status]).toEqual([0, 2]);
  });
});

describe('the shared installation columns', () => {
  it('hold the same day numbers and codes as installationDays, so the dashboard reads them instead', () => {
    const next = random(11);
    const items = Array.from({ length: 2_000 }, (_, index) => {
      const installed = dayNumber('2024-01-01') + Math.floor(next() * 1_200);
      const removed = next() < 0.3 ? installed + Math.floor(next() * 90) : undefined;
      return {
        type: INSTALLATION_TYPES[index % INSTALLATION_TYPES.length]!, status: INSTALLATION_STATUSES[Math.floor(next() * 3)]!,
        installedAt: dayDate(installed), ...(removed === undefined ? {} : { removedAt: dayDate(removed) }), lng: 104, lat: 1,
      };
    });
    const days = installationDays(items);
    const columns = installationColumns(items);
    expect(columns.installed).toEqual(days.installed);
    expect(columns.removed).toEqual(days.removed);
    expect(columns.status).toEqual(days.status);
    expect(columns.type).toEqual(days.type);
  });
});
