import { describe, expect, it } from 'vitest';
import type { Installation } from '../domain/installation';
import { INSTALLATION_STATUSES } from '../domain/installationKinds';
import { installationSchema } from '../domain/installation';
import { statusOn } from './computeCoverage';
import { installationColumns } from './installationColumns';
import { installationOn, installationsAsOf, NOT_YET } from './installationsAsOf';

const installation = (id: string, overrides: Partial<Installation>): Installation => ({
  id, type: 'baliho', status: 'terpasang', lat: 1.1, lng: 104, installedAt: '2026-03-01', notes: '', source: 'manual',
  createdAt: '2026-03-01T00:00:00.000Z', updatedAt: '2026-03-01T00:00:00.000Z', ...overrides,
});

const rows = [
  installation('standing', {}),
  installation('december', { installedAt: '2026-12-01' }),
  installation('removedApril', { status: 'dilepas', removedAt: '2026-04-15' }),
  installation('removedJune', { status: 'dilepas', removedAt: '2026-06-10' }),
  installation('damaged', { status: 'rusak', installedAt: '2026-05-01' }),
];

describe('installationsAsOf', () => {
  it('keeps what stood on the date, with its status then, and counts what came later', () => {
    const result = installationsAsOf(installationColumns(rows), '2026-05-01');
    expect([...result.indexes]).toEqual([0, 2, 3, 4]);
    expect(result.notYetCount).toBe(1);
    expect([...result.status].map((code) => (code === NOT_YET ? null : INSTALLATION_STATUSES[code]))).toEqual(['terpasang', null, 'dilepas', 'terpasang', 'rusak']);
  });

  it('agrees with statusOn for every installation and date', () => {
    const columns = installationColumns(rows);
    for (const asOf of ['2026-02-28', '2026-03-01', '2026-04-14', '2026-04-15', '2026-06-09', '2026-06-10', '2026-12-31']) {
      const { status } = installationsAsOf(columns, asOf);
      rows.forEach((row, index) => expect(status[index] === NOT_YET ? null : INSTALLATION_STATUSES[status[index]!]).toBe(statusOn(row, asOf)));
    }
  });
});

describe('installationOn', () => {
  it('is undefined before the installation was put up', () => {
    expect(installationOn(rows[1]!, '2026-05-01')).toBeUndefined();
  });

  it('drops a removal that had not happened yet and keeps one that had', () => {
    expect(installationOn(rows[3]!, '2026-05-01')).toEqual({ ...rows[3], status: 'terpasang', removedAt: undefined });
    expect(installationOn(rows[3]!, '2026-05-01')).not.toHaveProperty('removedAt');
    expect(installationOn(rows[2]!, '2026-05-01')).toBe(rows[2]);
    expect(installationOn(rows[0]!, '2026-05-01')).toBe(rows[0]);
  });

  it('gives rows the installation rules accept', () => {
    for (const row of rows) {
      const then = installationOn(row, '2026-05-01');
      if (then) expect(installationSchema.safeParse(then).success).toBe(true);
    }
  });
});
