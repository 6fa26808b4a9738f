/**
 * `npm run bench`: the coverage engine against naive turf baselines, side by
 * side in one run. Prints a table and writes test/bench/results.json.
 * `BENCH_SMOKE=1` shrinks every size so CI can check the harness in seconds.
 *
 * Times are medians of several runs. Both wall time and this process's CPU
 * time are recorded; ratios and goals use CPU time, because on a shared
 * machine (other jobs on the same 2 cores) wall time mostly measures the
 * neighbours, and differently for a 50 ms and a 50 s measurement.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { assignToAreas, buildAreaIndex } from '../../src/geo/assignToAreas';
import { loadBatamKelurahan } from '../../src/geo/fixtures/batam';
import { seededRandom } from '../../src/geo/fixtures/random';
import { rankCandidates } from '../../src/geo/rankCandidates';
import { findNeighbors } from '../../src/geo/findNeighbors';
import { naiveNeighbors } from './naiveNeighbors';
import { gridRankingContext } from './gridRankingContext';
import { syntheticCountry } from './syntheticCountry';
import { time, trackPeakMemory } from './measure';
import { benchImportXlsx } from './importXlsx';
import type { BenchResult } from './results';

const smoke = process.env.BENCH_SMOKE === '1';
const sizes = smoke
  ? { batamPoints: 2_000, columns: 50, rows: 40, nationalPoints: 20_000, naiveSample: 50, repeats: 1, adjacencyAreas: 12, workbookRows: 2_000 }
  : { batamPoints: 100_000, columns: 415, rows: 200, nationalPoints: 1_000_000, naiveSample: 1_000, repeats: 5, adjacencyAreas: Infinity, workbookRows: 100_000 };

interface Result extends BenchResult {
  baselineCpuMs?: number;
  /** baseline / value by wall time, for comparison. */
  wallRatio?: number;
  goal: string;
  pass: boolean;
}
const results: Result[] = [];
const peak = trackPeakMemory();

function randomPoints(count: number, [west, south, east, north]: readonly number[], seed: number) {
  const random = seededRandom(seed);
  const lngs = new Float64Array(count);
  const lats = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    lngs[i] = west! + random() * (east! - west!);
    lats[i] = south! + random() * (north! - south!);
  }
  return { lngs, lats };
}

/** The naive join: every point against every polygon with turf, first hit wins. */
function naiveJoin(geometries: readonly GeoJSON.Polygon[] | readonly (GeoJSON.Polygon | GeoJSON.MultiPolygon)[], lngs: Float64Array, lats: Float64Array, count: number): Int32Array {
  const result = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++) {
    const point = [lngs[i]!, lats[i]!];
    for (let area = 0; area < geometries.length; area++) {
      if (booleanPointInPolygon(point, geometries[area]!)) { result[i] = area; break; }
    }
  }
  return result;
}

function countDisagreements(a: Int32Array, b: Int32Array, count: number): number {
  let differences = 0;
  for (let i = 0; i < count; i++) if (a[i] !== b[i]) differences++;
  return differences;
}

// --- Batam: real kelurahan ------------------------------------------------------------------
const batam = loadBatamKelurahan();
const batamGeometries = batam.features.map((feature) => feature.geometry);
const batamBbox = [103.651433, 0.46261, 104.371152, 1.206242];
{
  const { lngs, lats } = randomPoints(sizes.batamPoints, batamBbox, 1);
  const indexed = time(sizes.repeats, () => assignToAreas(buildAreaIndex(batam.features), lngs, lats));
  const naive = time(1, () => naiveJoin(batamGeometries, lngs, lats, sizes.batamPoints));
  const disagreements = countDisagreements(indexed.result, naive.result, sizes.batamPoints);
  if (disagreements > 0) throw new Error(`join.batam: indexed and naive joins disagree on ${disagreements} points`);
  const ratio = naive.cpuMedian / indexed.cpuMedian;
  results.push({
    name: 'join.batam.ms', value: indexed.median, unit: 'ms', baseline: naive.median, ratio, cpuMs: indexed.cpuMedian,
    baselineCpuMs: naive.cpuMedian, wallRatio: naive.median / indexed.median, goal: `${sizes.batamPoints} points, index build included`, pass: true,
  });
  results.push({ name: 'join.batam.ratio', value: ratio, unit: '×', baseline: null, ratio: null, cpuMs: null, goal: '≥ 50', pass: smoke || ratio >= 50 });
}

// --- National: synthetic country --------------------------------------------------------------
{
  const country = syntheticCountry(sizes.columns, sizes.rows);
  const build = time(1, () => buildAreaIndex(country.areas));
  const index = build.result;
  const { lngs, lats } = randomPoints(sizes.nationalPoints, country.bbox, 2);
  const indexed = time(Math.min(sizes.repeats, 3), () => assignToAreas(index, lngs, lats));
  const sample = sizes.naiveSample;
  const geometries = country.areas.map((area) => area.geometry);
  const naive = time(1, () => naiveJoin(geometries, lngs, lats, sample));
  const disagreements = countDisagreements(indexed.result, naive.result, sample);
  if (disagreements > 0) throw new Error(`join.national: indexed and naive joins disagree on ${disagreements} of ${sample} sample points`);
  const seconds = indexed.median / 1000;
  const naiveSecondsForAll = (naive.median / 1000 / sample) * sizes.nationalPoints;
  const naiveCpuForAll = (naive.cpuMedian / sample) * sizes.nationalPoints;
  const perPointRatio = naiveCpuForAll / indexed.cpuMedian;
  results.push({ name: 'join.national.index.seconds', value: build.median / 1000, unit: 's', baseline: null, ratio: null, cpuMs: build.cpuMedian, goal: `${country.areas.length} polygons, one-off`, pass: true });
  results.push({
    name: 'join.national.seconds', value: seconds, unit: 's', baseline: naiveSecondsForAll, ratio: perPointRatio, cpuMs: indexed.cpuMedian,
    baselineCpuMs: naiveCpuForAll, wallRatio: naiveSecondsForAll / seconds, goal: smoke ? 'smoke' : '≤ 3 (CPU)', pass: smoke || indexed.cpuMedian <= 3000,
  });
  results.push({ name: 'join.national.ratio', value: perPointRatio, unit: '×', baseline: null, ratio: null, cpuMs: null, goal: '≥ 10000', pass: smoke || perPointRatio >= 10_000 });

  // Reranking: everything geometric is prepared once; a weight change only reruns this.
  const context = gridRankingContext(country.areas, sizes.columns, sizes.rows);
  const covered = new Set(context.kodes.filter((_, i) => i % 7 === 0));
  const rank = time(sizes.repeats, () => rankCandidates(context, { covered, weights: { frontier: 3, distance: 2, area: 1, mainIsland: 1 } }));
  results.push({ name: 'rank.national.ms', value: rank.median, unit: 'ms', baseline: null, ratio: null, cpuMs: rank.cpuMedian, goal: `${context.kodes.length} kelurahan, all explained, < 1000 (CPU)`, pass: smoke || rank.cpuMedian < 1000 });
  const top = time(sizes.repeats, () => rankCandidates(context, { covered, weights: { frontier: 1, distance: 2, area: 1, mainIsland: 1 }, limit: 100 }));
  results.push({ name: 'rank.national.top100.ms', value: top.median, unit: 'ms', baseline: null, ratio: null, cpuMs: top.cpuMedian, goal: 'all scored, top 100 explained', pass: true });
  // A new covered set (an installation recorded) re-measures every gap between borders; each run
  // covers a different seventh of the country, so nothing is served from the cache.
  let shift = 0;
  const recover = time(sizes.repeats, () => {
    shift++;
    return rankCandidates(context, { covered: new Set(context.kodes.filter((_, i) => i % 7 === shift % 7)), limit: 100 });
  });
  results.push({ name: 'rank.national.coveredChange.ms', value: recover.median, unit: 'ms', baseline: null, ratio: null, cpuMs: recover.cpuMedian, goal: 'gaps between borders re-measured, top 100', pass: true });
}

// --- Adjacency: the pipeline's neighbour computation on Batam -----------------------------------
{
  const features = batam.features.slice(0, sizes.adjacencyAreas);
  const fast = time(sizes.repeats, () => findNeighbors(features, { toleranceMeters: 5, minSharedMeters: 100 }));
  const naive = time(1, () => naiveNeighbors(features, { toleranceMeters: 5, minSharedMeters: 100 }));
  if (JSON.stringify(fast.result) !== JSON.stringify(naive.result)) throw new Error('adjacency.batam: pipeline and naive neighbours differ');
  const ratio = naive.cpuMedian / fast.cpuMedian;
  results.push({
    name: 'adjacency.batam.ms', value: fast.median, unit: 'ms', baseline: naive.median, ratio, cpuMs: fast.cpuMedian,
    baselineCpuMs: naive.cpuMedian, wallRatio: naive.median / fast.median, goal: '≤ 100 (CPU)', pass: smoke || fast.cpuMedian <= 100,
  });
  results.push({ name: 'adjacency.batam.ratio', value: ratio, unit: '×', baseline: null, ratio: null, cpuMs: null, goal: '≥ 50', pass: smoke || ratio >= 50 });
}

// --- Import: a 100,000-row Excel recap, read and checked as the import worker does -----------
// Judged by CPU time like the rest: wall time on a shared machine measures the neighbours.
{
  const workbook = await benchImportXlsx(sizes.workbookRows);
  results.push({
    name: 'import.xlsx100k.seconds', value: workbook.wallMs / 1000, unit: 's', baseline: null, ratio: null, cpuMs: workbook.cpuMs,
    goal: smoke ? `smoke (${sizes.workbookRows} rows)` : `${sizes.workbookRows} rows, ${(workbook.bytes / 1e6).toFixed(1)} MB, ≤ 20 (CPU)`, pass: smoke || workbook.cpuMs <= 20_000,
  });
}

results.push({ name: 'memory.peak.rss', value: peak() / 1e6, unit: 'MB', baseline: null, ratio: null, cpuMs: null, goal: 'reported', pass: true });

const format = (value: number | null) => (value === null ? '' : value >= 100 ? value.toFixed(0) : value.toPrecision(3));
console.log(`\nCakupan benchmark${smoke ? ' (SMOKE: small sizes, goals not judged)' : ''} — ${new Date().toISOString()}, node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, load ${loadavg().map((load) => load.toFixed(1)).join(' ')}`);
console.log('value = wall-time median; cpuMs = CPU-time median; ratio = naive / indexed by CPU time (wallRatio by wall time)\n');
console.table(results.map((result) => ({ name: result.name, value: format(result.value), unit: result.unit, baseline: format(result.baseline), ratio: format(result.ratio), cpuMs: format(result.cpuMs), wallRatio: format(result.wallRatio ?? null), goal: result.goal, pass: result.pass ? 'yes' : 'NO' })));
writeFileSync(fileURLToPath(new URL('./results.json', import.meta.url)), `${JSON.stringify(results, null, 2)}\n`);
if (!results.every((result) => result.pass)) process.exitCode = 1;
