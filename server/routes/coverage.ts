import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { todayInJakarta } from '../../src/domain/calendar';
import { INSTALLATION_STATUSES, INSTALLATION_TYPES } from '../../src/domain/installation';
import type { Db } from '../db/types';
import { ApiError } from '../http/errors';
import { currentCursor } from '../installations/read';

// The engine's computeCoverage (src/geo/computeCoverage.ts) in SQL, counted where the
// point lies (located_kelurahan_kode). Each row's statusOn is kept as steps in
// `coverage_counts` (migration 102): the status of every row as of $1 is the sum of
// the month steps before $1's month and the day steps of that month up to $1.
// A test holds the two equal on the demo data and on 100,000 random rows, after edits.
const STANDING = `
  SELECT kode, type, status, standing FROM coverage_counts
  WHERE grain = 'month' AND day < date_trunc('month', $1::timestamp)::date
  UNION ALL
  SELECT kode, type, status, standing FROM coverage_counts
  WHERE grain = 'day' AND day >= date_trunc('month', $1::timestamp)::date AND day <= $1::date`;

const ACTIVE = `s.status IN ('terpasang', 'rusak')`;
const sumWhere = (condition: string) => `coalesce(sum(s.standing) FILTER (WHERE ${condition}), 0)::int`;
const installedBy = (direction: 'min' | 'max') =>
  `(SELECT ${direction}(i.installed_at) FROM installations i WHERE NOT i.deleted AND i.located_kelurahan_kode = k.kode AND i.installed_at <= $1::date)::text`;

const COVERAGE_SQL = `
WITH standing AS (${STANDING})
SELECT k.kode,
  coalesce(sum(s.standing), 0)::int AS installed,
  ${sumWhere(ACTIVE)} AS active,
  ${INSTALLATION_TYPES.map((type) => `${sumWhere(`${ACTIVE} AND s.type = '${type}'`)} AS "type_${type}"`).join(',\n  ')},
  ${INSTALLATION_STATUSES.map((status) => `${sumWhere(`s.status = '${status}'`)} AS "status_${status}"`).join(',\n  ')},
  ${installedBy('min')} AS first_installed_at,
  ${installedBy('max')} AS latest_installed_at
FROM kelurahan k LEFT JOIN standing s ON s.kode = k.kode
GROUP BY k.kode
ORDER BY k.kode COLLATE "C"`;

// Outside every kelurahan: kode ''. Not yet installed: every live row (all month steps) less those standing by $1.
const OUTSIDE_SQL = `
WITH standing AS (${STANDING})
SELECT (SELECT coalesce(sum(standing), 0) FROM standing WHERE kode = '')::int AS outside,
  ((SELECT coalesce(sum(standing), 0) FROM coverage_counts WHERE grain = 'month')
   - (SELECT coalesce(sum(standing), 0) FROM standing))::int AS not_yet_installed`;

type CoverageRow = Record<string, number | string | null> & { kode: string; installed: number; active: number };

const asOfSchema = z.iso.date();

export function registerCoverageRoute(app: FastifyInstance, { db, now = () => new Date() }: { db: Db; now?: () => Date }): void {
  app.get<{ Querystring: { asOf?: string } }>('/coverage', async (request) => {
    const asOf = request.query.asOf ?? todayInJakarta(now());
    if (!asOfSchema.safeParse(asOf).success) throw new ApiError(400, 'bad_request', 'asOf must be a date YYYY-MM-DD');
    const cursor = await currentCursor(db);
    const rows = await db.query<CoverageRow>(COVERAGE_SQL, [asOf]);
    const [totals] = await db.query<{ outside: number; not_yet_installed: number }>(OUTSIDE_SQL, [asOf]);
    return {
      asOf,
      kelurahan: rows.map((row) => ({
        kode: row.kode,
        installed: row.installed,
        active: row.active,
        byType: Object.fromEntries(INSTALLATION_TYPES.map((type) => [type, Number(row[`type_${type}`])])),
        byStatus: Object.fromEntries(INSTALLATION_STATUSES.map((status) => [status, Number(row[`status_${status}`])])),
        covered: row.active > 0,
        firstInstalledAt: row.first_installed_at,
        latestInstalledAt: row.latest_installed_at,
      })),
      outside: totals?.outside ?? 0,
      notYetInstalled: totals?.not_yet_installed ?? 0,
      cursor,
    };
  });
}
