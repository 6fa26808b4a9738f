import type { InstallationStatus, InstallationType } from '../domain/installation';
import type { KelurahanCoverage } from './computeCoverage';

export interface CoverageSummary {
  /** Kecamatan kode, or the region code for the whole region. */
  kode: string;
  nama: string;
  kelurahanCount: number;
  coveredCount: number;
  /** coveredCount / kelurahanCount, 0 when there are no kelurahan. */
  coveredShare: number;
  activeCount: number;
  installedCount: number;
  byType: Record<InstallationType, number>;
  byStatus: Record<InstallationStatus, number>;
}

export interface KelurahanGrouping {
  kode: string;
  kecamatanKode: string;
  kecamatan: string;
}

function summarise(kode: string, nama: string, entries: readonly KelurahanCoverage[]): CoverageSummary {
  const summary: CoverageSummary = {
    kode, nama, kelurahanCount: entries.length, coveredCount: 0, coveredShare: 0, activeCount: 0, installedCount: 0,
    byType: { baliho: 0, spanduk: 0, banner: 0, poster: 0 },
    byStatus: { terpasang: 0, rusak: 0, dilepas: 0 },
  };
  for (const entry of entries) {
    if (entry.covered) summary.coveredCount++;
    summary.activeCount += entry.activeCount;
    summary.installedCount += entry.installedCount;
    for (const type of Object.keys(summary.byType) as InstallationType[]) summary.byType[type] += entry.byType[type];
    for (const status of Object.keys(summary.byStatus) as InstallationStatus[]) summary.byStatus[status] += entry.byStatus[status];
  }
  summary.coveredShare = entries.length === 0 ? 0 : summary.coveredCount / entries.length;
  return summary;
}

/**
 * One summary per kecamatan, sorted by kecamatan kode. Every kelurahan in
 * `kelurahan` must have a coverage entry: a missing one is a programming
 * error, reported rather than silently counted as uncovered.
 */
export function rollUpByKecamatan(kelurahan: readonly KelurahanGrouping[], coverage: readonly KelurahanCoverage[]): CoverageSummary[] {
  const coverageByKode = new Map(coverage.map((entry) => [entry.kode, entry]));
  const groups = new Map<string, { nama: string; entries: KelurahanCoverage[] }>();
  for (const item of kelurahan) {
    const entry = coverageByKode.get(item.kode);
    if (!entry) throw new Error(`rollUpByKecamatan: no coverage for kelurahan ${item.kode}`);
    const group = groups.get(item.kecamatanKode) ?? { nama: item.kecamatan, entries: [] };
    group.entries.push(entry);
    groups.set(item.kecamatanKode, group);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([kode, group]) => summarise(kode, group.nama, group.entries));
}

/** The whole region as one summary. */
export function rollUpRegion(regionKode: string, regionNama: string, coverage: readonly KelurahanCoverage[]): CoverageSummary {
  return summarise(regionKode, regionNama, coverage);
}

export interface TargetInput {
  coveredCount: number;
  total: number;
  /** Share of kelurahan to cover, 0..1 (e.g. 0.5). */
  targetShare: number;
  /** YYYY-MM-DD by which the target share should be reached. */
  targetDate: string;
  /** YYYY-MM-DD the coverage was computed for. */
  asOf: string;
}

export interface TargetProgress {
  coveredShare: number;
  /** Kelurahan the target asks for: ceil(targetShare × total). */
  targetCount: number;
  /** Kelurahan still to cover (0 when met). */
  gapCount: number;
  /** coveredCount / targetCount, capped at 1; 1 when the target is 0. */
  progress: number;
  met: boolean;
  /** Whole days from asOf to targetDate; negative when the date has passed. */
  daysLeft: number;
  /** The date passed and the target was not met. */
  overdue: boolean;
  /** Kelurahan to cover a week, on average, to meet the target in time; undefined when met or when no day is left. */
  requiredPerWeek: number | undefined;
}

const dayMilliseconds = 86_400_000;

/** Progress against "cover X % of kelurahan by date D". */
export function progressAgainstTarget(input: TargetInput): TargetProgress {
  const { coveredCount, total, targetShare, targetDate, asOf } = input;
  if (!(targetShare >= 0 && targetShare <= 1)) throw new Error(`progressAgainstTarget: targetShare must be within 0..1, got ${targetShare}`);
  if (!(total >= 0) || !(coveredCount >= 0) || coveredCount > total) throw new Error(`progressAgainstTarget: coveredCount ${coveredCount} must be within 0..total (${total})`);
  const target = Date.parse(`${targetDate}T00:00:00Z`);
  const now = Date.parse(`${asOf}T00:00:00Z`);
  if (Number.isNaN(target)) throw new Error(`progressAgainstTarget: targetDate "${targetDate}" is not YYYY-MM-DD`);
  if (Number.isNaN(now)) throw new Error(`progressAgainstTarget: asOf "${asOf}" is not YYYY-MM-DD`);
  // Rounding guards against 0.3 * 10 = 3.0000000000000004 asking for a fourth kelurahan.
  const targetCount = Math.ceil(Math.round(targetShare * total * 1e9) / 1e9);
  const gapCount = Math.max(0, targetCount - coveredCount);
  const daysLeft = Math.round((target - now) / dayMilliseconds);
  return {
    coveredShare: total === 0 ? 0 : coveredCount / total,
    targetCount,
    gapCount,
    progress: targetCount === 0 ? 1 : Math.min(1, coveredCount / targetCount),
    met: gapCount === 0,
    daysLeft,
    overdue: daysLeft < 0 && gapCount > 0,
    requiredPerWeek: gapCount > 0 && daysLeft > 0 ? (gapCount * 7) / daysLeft : undefined,
  };
}
