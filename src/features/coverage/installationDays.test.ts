import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.test-data';
import { INSTALLATION_STATUSES, INSTALLATION_TYPES, type Installation } from '../../domain/installation';
import { statusOn } from '../../geo/computeCoverage';
import { installationColumns } from '../../geo/installationColumns';
import { dayDate, dayNumber, statusCountsOn, typeCountsOf } from './installationDays';


const next = seededRandom(11);
const items: Installation[] = Array.from({ length: 2_000 }, (_, index) => {
  const installed = dayNumber('2024-01-01') + Math.floor(next() * 1_200);
  const status = INSTALLATION_STATUSES[Math.floor(next() * 3)]!;
  const removed = status === 'dilepas' || next() < 0.3 ? installed + Math.floor(next() * 90) : undefined;
  return {
    id: `d${index}`, type: INSTALLATION_TYPES[index % INSTALLATION_TYPES.length]!, status,
    installedAt: dayDate(installed), ...(removed === undefined ? {} : { removedAt: dayDate(removed) }), lng: 104, lat: 1,
    notes: '', source: 'import', createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z',
  };
});
const columns = installationColumns(items);
// Every third installation is kept by the (imaginary) filters.
const kept = Uint32Array.from({ length: Math.ceil(items.length / 3) }, (_, position) => position * 3);

describe('counts on the shared columns', () => {
  it('counts statuses on a date exactly as statusOn does on the objects', () => {
    for (const asOf of ['2023-12-31', '2024-06-01', '2025-02-15', '2027-01-01']) {
      const expected = Object.fromEntries(INSTALLATION_STATUSES.map((status) => [status, 0])) as Record<(typeof INSTALLATION_STATUSES)[number], number>;
      let count = 0;
      for (const index of kept) {
        const status = statusOn(items[index]!, asOf);
        if (status === null) continue;
        expected[status]++;
        count++;
      }
      expect(statusCountsOn(columns, kept, asOf), asOf).toEqual({ byStatus: expected, count });
    }
  });

  it('counts kept installations per type', () => {
    const expected = Object.fromEntries(INSTALLATION_TYPES.map((type) => [type, [...kept].filter((index) => items[index]!.type === type).length]));
    expect(typeCountsOf(columns, kept)).toEqual(expected);
    expect(Object.values(expected).every((value) => value > 0)).toBe(true);
  });
});
