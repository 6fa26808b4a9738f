// How long one shared-filter change takes to recompute everything the dashboard and
// the data page show, for 100,000 installations spread over Batam's 64 kelurahan.
// Run: npx tsx test/bench/dashboardFilters.ts  (needs public/geodata from `npm run geodata`)
import { readFileSync } from 'node:fs';
import { applyFilters, pickInstallations, type FilterState } from '../../src/app/filters';
import { queryRows } from '../../src/components/rowQuery';
import { progressOverTimeByDay } from '../../src/features/coverage/progressByDay';
import { coverageByKecamatan, installationsByType, kpis } from '../../src/features/coverage/series';
import { buildInstallationRows, INSTALLATION_ACCESSORS, installationSearchText, installationShownText } from '../../src/features/installations/installationRows';
import english from '../../src/i18n/en/tables.json';
import { translateFrom } from '../../src/i18n/translateFrom';
import { buildKelurahanRows } from '../../src/features/kelurahan/kelurahanRows';
import { INSTALLATION_STATUSES, INSTALLATION_TYPES, type Installation } from '../../src/domain/installation';
import { installationColumns } from '../../src/geo/installationColumns';
import { installationsAsOf } from '../../src/geo/installationsAsOf';
import type { KelurahanCollection } from '../../src/domain/region';

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const collection = JSON.parse(readFileSync('public/geodata/21.71/kelurahan.geojson', 'utf8')) as KelurahanCollection;
const kelurahan = collection.features.map(({ properties }) => ({
  kode: properties.kode, kecamatanKode: properties.kecamatanKode, nama: properties.nama, kecamatan: properties.kecamatan, areaKm2: properties.areaKm2,
}));
let seed = 7;
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const installations: Installation[] = [];
const actualKode: (string | null)[] = [];
for (let index = 0; index < COUNT; index++) {
  const day = 1 + Math.floor(random() * 240);
  const date = new Date(Date.UTC(2026, 2, day)).toISOString().slice(0, 10);
  installations.push({
    id: `bench-${index}`, type: INSTALLATION_TYPES[index % 4]!, status: INSTALLATION_STATUSES[Math.floor(random() * 3)]!, lat: 1.1, lng: 104,
    installedAt: date, notes: '', source: 'import', createdAt: `${date}T00:00:00Z`, updatedAt: `${date}T00:00:00Z`,
  });
  actualKode.push(random() < 0.01 ? null : kelurahan[Math.floor(random() * kelurahan.length)]!.kode);
}
const areaOf = new Map(kelurahan.map((entry, area) => [entry.kode, area]));
const areaPerInstallation = Int32Array.from(actualKode, (kode) => (kode === null ? -1 : areaOf.get(kode)!));
const columnsAt = performance.now();
const columns = installationColumns(installations);
console.log(`installation columns built once in ${(performance.now() - columnsAt).toFixed(0)} ms`);
const coveredKodes = new Set(kelurahan.slice(0, 40).map((entry) => entry.kode));
const recommendedKodes = new Set(kelurahan.slice(40, 45).map((entry) => entry.kode));
const input = { kelurahan, coveredKodes, recommendedKodes, columns, asOf: installationsAsOf(columns, '2026-10-31'), areaPerInstallation };
const names = new Map(kelurahan.map((entry) => [entry.kode, { nama: entry.nama, kecamatan: entry.kecamatan }]));
// Built once per data change, as DataPage does; a filter change only picks from it.
const builtAt = performance.now();
const allRows = buildInstallationRows({ installations, actualKode, names });
console.log(`installation rows built once in ${(performance.now() - builtAt).toFixed(0)} ms`);
const target = { share: 1, date: '2026-12-31', startDate: '2026-03-01' };

const steps = new Map<string, number>();
function time<T>(name: string, work: () => T): T {
  const started = performance.now();
  const result = work();
  steps.set(name, (steps.get(name) ?? 0) + performance.now() - started);
  return result;
}

function change(filters: FilterState) {
  const started = performance.now();
  const filtered = time('applyFilters', () => applyFilters(input, filters));
  const area = { kelurahan, kelurahanKodes: filtered.kelurahanKodes, coveredKodes };
  const kept = { installations, installationIndexes: filtered.installationIndexes, actualKode };
  // As the dashboard calls them: on the shared installation columns.
  const headline = time('kpis', () => kpis(area, kept, target, '2026-10-31', columns));
  coverageByKecamatan(area);
  time('byType', () => installationsByType(kept, columns));
  time('progress', () => progressOverTimeByDay(kept, columns, filtered.kelurahanKodes, headline.targetCount, target, '2026-10-31'));
  time('kelurahanRows', () => buildKelurahanRows({ ...area, recommendedKodes, rankByKode: new Map(), installationTypes: columns.type, installationIndexes: filtered.installationIndexes, areaPerInstallation }));
  const rows = time('installationRows', () => pickInstallations(allRows, filtered.installationIndexes));
  // The table's default view (no search, no sort); sorting is a separate user action, timed below.
  time('tableQuery', () => queryRows(rows, { search: '', columnFilters: {} }, INSTALLATION_ACCESSORS, installationSearchText));
  return { milliseconds: performance.now() - started, kept: filtered.installationIndexes.length };
}

const none: FilterState = { kecamatan: [], state: 'all', types: [], statuses: [] };
change(none); // warm-up (JIT)
const cases: [string, FilterState][] = [
  ['no filter', none],
  ['one kecamatan', { ...none, kecamatan: [kelurahan[0]!.kecamatanKode] }],
  ['type + status', { ...none, types: ['baliho'], statuses: ['terpasang'] }],
  ['date range', { ...none, from: '2026-05-01', to: '2026-07-31' }],
  ['uncovered', { ...none, state: 'uncovered' }],
];
for (const [name, filters] of cases) {
  const runs = [change(filters), change(filters), change(filters)];
  const median = runs.map((run) => run.milliseconds).sort((a, b) => a - b)[1]!;
  console.log([...steps].map(([step, total]) => `${step} ${(total / 3).toFixed(0)}`).join(', '));
  steps.clear();
  console.log(`${name.padEnd(14)} ${String(runs[0]!.kept).padStart(7)} kept  ${median.toFixed(1).padStart(6)} ms (median of 3, ${COUNT} installations)`);
}

const sortStarted = performance.now();
queryRows(allRows, { search: '', columnFilters: {}, sort: { column: 'installedAt', descending: true } }, INSTALLATION_ACCESSORS, installationSearchText);
console.log(`sorting all ${COUNT} installation rows by date: ${(performance.now() - sortStarted).toFixed(0)} ms`);
const searchStarted = performance.now();
queryRows(allRows, { search: 'batu', columnFilters: {} }, INSTALLATION_ACCESSORS, installationSearchText);
console.log(`searching all ${COUNT} installation rows (first search, builds the search texts): ${(performance.now() - searchStarted).toFixed(0)} ms`);

// A keystroke in the search box or a column filter, with and without the labels the table shows (English).
const shown = installationShownText(translateFrom(english), 'en');
const keystroke = (label: string, search: string, columnFilters: Record<string, string>) => {
  const median = (withShown: boolean) => {
    const runs = [0, 1, 2, 3, 4].map(() => {
      const started = performance.now();
      queryRows(allRows, { search, columnFilters }, INSTALLATION_ACCESSORS, installationSearchText, withShown ? shown : {});
      return performance.now() - started;
    });
    return runs.sort((a, b) => a - b)[2]!;
  };
  const codes = median(false);
  const labels = median(true);
  console.log(`${label.padEnd(34)} codes only ${codes.toFixed(1).padStart(5)} ms, with labels ${labels.toFixed(1).padStart(5)} ms (×${(labels / codes).toFixed(2)}, median of 5)`);
};
keystroke('search "batu"', 'batu', {});
keystroke('search matching nothing', 'zzzz', {});
keystroke('status column "dilepas" / "removed"', '', { status: 'dilepas' });
keystroke('date column "2026-05"', '', { installedAt: '2026-05' });
