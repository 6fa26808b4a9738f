import { describe, expect, it } from 'vitest';
import { seededRandom } from './random.test-data';
import { INSTALLATION_STATUSES, INSTALLATION_TYPES, type Installation } from '../../domain/installation';
import { installationColumns } from '../../geo/installationColumns';
import { dayDate } from './installationDays';
import { progressOverTimeByDay } from './progressByDay';
import { progressOverTime } from './progressSeries';
import { installationsByType, kpis, type AreaInput, type CampaignTarget, type InstallationInput } from './series';

type Item = Pick<Installation, 'type' | 'status' | 'installedAt' | 'removedAt'>;


const start = 20_454; // 2026-01-01
const kodes = ['A1', 'A2', 'B1', 'B2', 'C1'];

function randomInput(seed: number, count: number) {
  const next = seededRandom(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)]!;
  const items: Item[] = [];
  const actualKode: (string | null)[] = [];
  for (let index = 0; index < count; index++) {
    // A narrow day range so that starts, ends and the as-of date often coincide.
    const installed = start + Math.floor(next() * 40);
    const status = pick(INSTALLATION_STATUSES);
    const removed = next() < 0.4 ? installed + Math.floor(next() * 15) : undefined;
    items.push({ type: pick(INSTALLATION_TYPES), status, installedAt: dayDate(installed), ...(removed === undefined ? {} : { removedAt: dayDate(removed) }) });
    actualKode.push(next() < 0.1 ? null : pick(kodes));
  }
  const kept = Uint32Array.from(items.map((_, index) => index).filter(() => next() < 0.7));
  const keptKodes = new Set(kodes.filter(() => next() < 0.8));
  const installations: InstallationInput = { installations: items, installationIndexes: kept, actualKode };
  return { items, installations, keptKodes, asOf: dayDate(start + Math.floor(next() * 50)) };
}

const target: CampaignTarget = { share: 0.6, date: '2026-03-31', startDate: '2026-01-01' };

describe('progressOverTimeByDay', () => {
  it('gives the same points as progressOverTime on random data', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { items, installations, keptKodes, asOf } = randomInput(seed, 1 + (seed % 60));
      const days = installationColumns(items.map((item) => ({ ...item, lng: 104, lat: 1 })));
      // Also a campaign that starts inside the data and ends before some of it.
      for (const campaign of [target, { share: 0.5, startDate: '2026-01-20', date: '2026-02-10' }]) {
        expect(progressOverTimeByDay(installations, days, keptKodes, 3, campaign, asOf), `seed ${seed}`).toEqual(
          progressOverTime(installations, keptKodes, 3, campaign, asOf),
        );
      }
    }
  });

  it('returns the start, as-of and target dates when nothing is kept', () => {
    const installations: InstallationInput = { installations: [], installationIndexes: new Uint32Array(), actualKode: [] };
    const points = progressOverTimeByDay(installations, installationColumns([]), new Set(), 2, target, '2026-02-01');
    expect(points.map((point) => point.date)).toEqual(['2026-01-01', '2026-02-01', '2026-03-31']);
    expect(points.at(-1)).toEqual({ date: '2026-03-31', day: Date.UTC(2026, 2, 31) / 86_400_000, installations: null, coveredKelurahan: null, target: 2 });
  });
});

describe('kpis and types with installation days', () => {
  it('counts statuses and types exactly as the object reads do on random data', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { items, installations, keptKodes, asOf } = randomInput(seed, 1 + (seed % 60));
      const area: AreaInput = {
        kelurahan: kodes.map((kode) => ({ kode, kecamatanKode: kode[0]!, kecamatan: kode[0]!, areaKm2: 1 })),
        kelurahanKodes: keptKodes,
        coveredKodes: new Set(['A1', 'B2']),
      };
      const days = installationColumns(items.map((item) => ({ ...item, lng: 104, lat: 1 })));
      expect(kpis(area, installations, target, asOf, days), `seed ${seed}`).toEqual(kpis(area, installations, target, asOf));
      expect(installationsByType(installations, days), `seed ${seed}`).toEqual(installationsByType(installations));
    }
  });
});
