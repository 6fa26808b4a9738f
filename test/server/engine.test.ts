import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Installation } from '../../src/domain/installation';
import type { KelurahanCollection } from '../../src/domain/region';
import { assignToAreas, buildAreaIndex, computeCoverage, generateDemoInstallations } from '../../src/geo/index';
import { systemUser } from '../../server/auth/user';
import { createInstallationService } from '../../server/installations/service';
import { randomInstallations, randomPoints } from '../support/randomInstallations';
import { KELURAHAN_PATH, openTestDatabase, testDatabaseChoices, type TestDatabase } from './harness';
import { apiToken, injectAs } from './authSupport';

// The server's PostGIS and SQL against the app's engine (src/geo), on the same data.

const kelurahan = JSON.parse(readFileSync(KELURAHAN_PATH, 'utf8')) as KelurahanCollection;
const kodes = kelurahan.features.map((feature) => feature.properties.kode);
const POINTS = Number(process.env.SERVER_TEST_POINTS ?? 100_000);

/** The engine's coverage in the API's shape, counting each row where the server located it. */
function engineCoverage(rows: Installation[], asOf: string) {
  const result = computeCoverage([...kodes].sort(), rows.map((row) => ({ ...row, actualKode: row.locatedKelurahanKode ?? null })), asOf);
  return {
    asOf,
    kelurahan: result.kelurahan.map((entry) => ({
      kode: entry.kode, installed: entry.installedCount, active: entry.activeCount, byType: entry.byType, byStatus: entry.byStatus,
      covered: entry.covered, firstInstalledAt: entry.firstInstalledAt, latestInstalledAt: entry.latestInstalledAt,
    })),
    outside: result.outsideCount,
    notYetInstalled: result.notYetInstalledCount,
  };
}

for (const choice of testDatabaseChoices()) {
  describe(`server and engine agree on ${choice}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await openTestDatabase(choice);
    }, 600_000);
    afterAll(() => database?.close());

    it(`assigns ${POINTS.toLocaleString('en')} random points to the same kelurahan, except within 1 m of a border`, async () => {
      const { lngs, lats } = randomPoints(POINTS, 71);
      const engine = assignToAreas(buildAreaIndex(kelurahan.features), lngs, lats);
      const located: (string | null)[] = [];
      for (let start = 0; start < POINTS; start += 25_000) {
        const rows = await database.db.query<{ kode: string | null }>(
          `SELECT locate_kelurahan(p.lng, p.lat) AS kode FROM unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS p(lng, lat, n) ORDER BY p.n`,
          [Array.from(lngs.subarray(start, start + 25_000)), Array.from(lats.subarray(start, start + 25_000))],
        );
        located.push(...rows.map((row) => row.kode));
      }
      const disagreements = located.flatMap((kode, i) => (kode !== (engine[i]! >= 0 ? kodes[engine[i]!] : null) ? [i] : []));
      const distances = disagreements.length === 0 ? [] : await database.db.query<{ meters: number }>(
        `SELECT (SELECT min(ST_Distance(ST_Boundary(k.geom)::geography, ST_SetSRID(ST_MakePoint(p.lng, p.lat), 4326)::geography)) FROM kelurahan k) AS meters
         FROM unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS p(lng, lat, n) ORDER BY p.n`,
        [disagreements.map((i) => lngs[i]!), disagreements.map((i) => lats[i]!)],
      );
      console.info(`[${choice}] ${disagreements.length} of ${POINTS} points assigned differently; farthest from a border: ${Math.max(0, ...distances.map((row) => Number(row.meters))).toFixed(4)} m`);
      expect(distances.filter((row) => Number(row.meters) >= 1)).toEqual([]);
      expect(located.filter((kode) => kode !== null).length).toBeGreaterThan(POINTS / 10);
    }, 300_000);

    it('computes coverage in SQL equal to computeCoverage, on the demo set and on random rows', async () => {
      await database.reset();
      const app = await database.app();
      const token = await apiToken(database.db);
      const inject = injectAs(() => app, () => token);
      const service = createInstallationService({ db: database.db });
      const compare = async (asOf: string) => {
        const rows = (await inject('/api/installations')).json().items as Installation[];
        const { cursor: _cursor, ...served } = (await inject(`/api/coverage?asOf=${asOf}`)).json();
        expect(served).toEqual(engineCoverage(rows, asOf));
        return served;
      };
      await service.seed(systemUser, generateDemoInstallations(kelurahan));
      const demo = await compare('2026-10-31');
      expect(demo.kelurahan).toHaveLength(kodes.length);
      expect(demo.kelurahan.filter((entry: { covered: boolean }) => entry.covered)).toHaveLength(5);
      await compare('2026-04-15');
      const count = choice === 'postgresql' ? POINTS : Math.min(POINTS, 20_000);
      const imported = await service.importRows(systemUser, randomInstallations(count, 5));
      expect(imported.created).toHaveLength(count);
      for (const asOf of ['2026-02-01', '2026-07-15', '2027-06-30']) await compare(asOf);

      // Edits, relocations, removals, deletes and restores move rows between the counts.
      const saved = (await inject('/api/installations')).json().items as Installation[];
      const patches = [
        (row: Installation) => ({ type: row.type === 'baliho' ? 'poster' : 'baliho' }),
        (row: Installation) => ({ status: 'dilepas', removedAt: row.installedAt }),
        (row: Installation) => ({ status: 'dilepas', removedAt: row.installedAt > '2026-03-01' ? row.installedAt : '2026-03-01' }),
        (row: Installation) => (row.status === 'dilepas' ? { status: 'rusak', removedAt: null } : { status: 'rusak' }),
        (row: Installation) => ({ lng: row.lng + 0.05, lat: row.lat - 0.05 }),
        (row: Installation) => ({ installedAt: row.removedAt && row.removedAt < '2026-02-28' ? row.removedAt : '2026-02-28' }),
      ];
      for (const [index, row] of saved.slice(0, 240).entries()) await service.update(systemUser, row.id, patches[index % patches.length]!(row));
      const deleted = await service.remove(systemUser, saved.slice(240, 340).map((row) => row.id));
      await service.restore(systemUser, deleted.slice(0, 30));
      for (const asOf of ['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-31', '2026-12-31']) await compare(asOf);
      expect((await inject('/api/coverage?asOf=2026-13-01')).statusCode).toBe(400);
    }, 300_000);
  });
}
