import { INSTALLATION_TYPES, type Installation, type InstallationStatus, type InstallationType } from '../../domain/installation';
import { statusOn } from '../../geo/computeCoverage';
import { progressAgainstTarget, type TargetProgress } from '../../geo/rollUpCoverage';
import { statusCountsOn, typeCountsOf, type InstallationDays } from './installationDays';
import type { CampaignTarget } from '../../domain/campaignSettings';

// Chart series for the executive dashboard. Charts draw these arrays as given;
// every number an executive reads is computed (and tested) here.

export type { CampaignTarget } from '../../domain/campaignSettings';

export interface AreaInput {
  kelurahan: ReadonlyArray<{ kode: string; kecamatanKode: string; kecamatan: string; areaKm2: number }>;
  /** The kelurahan the shared filters keep. */
  kelurahanKodes: ReadonlySet<string>;
  coveredKodes: ReadonlySet<string>;
}

export interface InstallationInput {
  installations: ReadonlyArray<Pick<Installation, 'type' | 'status' | 'installedAt' | 'removedAt'>>;
  /** Positions the shared filters keep. */
  installationIndexes: Uint32Array;
  actualKode: readonly (string | null | undefined)[];
}

export interface Kpis extends TargetProgress {
  coveredCount: number;
  kelurahanCount: number;
  /** Kept installations by their status on the as-of date (those put up later are left out). */
  byStatus: Record<InstallationStatus, number>;
  installationCount: number;
}

/**
 * The pace the target asks for, in words an executive reads at a glance: kelurahan a week,
 * or a month when that is under one a week; rounded up to a tenth, so meeting it is enough.
 */
export function requiredPace(perWeek: number): { per: 'week' | 'month'; value: number } {
  const roundUp = (value: number) => Math.ceil(Math.round(value * 1e6) / 1e5) / 10;
  return perWeek >= 1 ? { per: 'week', value: roundUp(perWeek) } : { per: 'month', value: roundUp((perWeek * 365.25) / 12 / 7) };
}

export function keptKelurahan(area: AreaInput) {
  return area.kelurahan.filter((kelurahan) => area.kelurahanKodes.has(kelurahan.kode));
}

/** `days` (from installationDays, once per data change) turns the status count into an integer pass; without it, dates are compared as strings. */
export function kpis(area: AreaInput, installations: InstallationInput, target: CampaignTarget, asOf: string, days?: InstallationDays): Kpis {
  const kept = keptKelurahan(area);
  const coveredCount = kept.filter((kelurahan) => area.coveredKodes.has(kelurahan.kode)).length;
  const { byStatus, count: installationCount } = days ? statusCountsOn(days, installations.installationIndexes, asOf) : statusCountsByString(installations, asOf);
  const progress = progressAgainstTarget({ coveredCount, total: kept.length, targetShare: target.share, targetDate: target.date, asOf });
  return { ...progress, coveredCount, kelurahanCount: kept.length, byStatus, installationCount };
}

function statusCountsByString(installations: InstallationInput, asOf: string) {
  const byStatus: Record<InstallationStatus, number> = { terpasang: 0, rusak: 0, dilepas: 0 };
  let count = 0;
  for (const index of installations.installationIndexes) {
    const installation = installations.installations[index];
    const status = installation ? statusOn(installation, asOf) : null;
    if (status === null) continue;
    byStatus[status]++;
    count++;
  }
  return { byStatus, count };
}

export interface KecamatanCoveragePoint {
  kecamatanKode: string;
  kecamatan: string;
  covered: number;
  uncovered: number;
}

/** Covered vs uncovered kept kelurahan per kecamatan, by kecamatan name. */
export function coverageByKecamatan(area: AreaInput): KecamatanCoveragePoint[] {
  const points = new Map<string, KecamatanCoveragePoint>();
  for (const kelurahan of keptKelurahan(area)) {
    let point = points.get(kelurahan.kecamatanKode);
    if (!point) {
      point = { kecamatanKode: kelurahan.kecamatanKode, kecamatan: kelurahan.kecamatan, covered: 0, uncovered: 0 };
      points.set(kelurahan.kecamatanKode, point);
    }
    if (area.coveredKodes.has(kelurahan.kode)) point.covered++;
    else point.uncovered++;
  }
  return [...points.values()].sort((a, b) => a.kecamatan.localeCompare(b.kecamatan, 'id'));
}

export interface TypePoint {
  type: InstallationType;
  count: number;
}

/** Kept installations per material type, in the schema's type order (zeros included so bars do not move). */
export function installationsByType(installations: InstallationInput, days?: InstallationDays): TypePoint[] {
  const counts = days ? typeCountsOf(days, installations.installationIndexes) : typeCountsByObject(installations);
  return INSTALLATION_TYPES.map((type) => ({ type, count: counts[type] }));
}

function typeCountsByObject(installations: InstallationInput) {
  const counts: Record<InstallationType, number> = { baliho: 0, spanduk: 0, banner: 0, poster: 0 };
  for (const index of installations.installationIndexes) {
    const installation = installations.installations[index];
    if (installation) counts[installation.type]++;
  }
  return counts;
}

export interface VisibilityPoint {
  kecamatanKode: string;
  kecamatan: string;
  /** Visible km² / kelurahan km² over the kept kelurahan of the kecamatan, 0..1. */
  share: number;
  visibleKm2: number;
  areaKm2: number;
}

/**
 * Area-weighted visibility per kecamatan. A kept kelurahan without a result counts
 * as 0 visible (it has no active installation); `areaKm2` comes from the
 * kelurahan itself so the denominator never depends on which results exist.
 */
export function visibilityByKecamatan(area: AreaInput, visibleKm2ByKode: ReadonlyMap<string, number>): VisibilityPoint[] {
  const points = new Map<string, VisibilityPoint>();
  for (const kelurahan of keptKelurahan(area)) {
    let point = points.get(kelurahan.kecamatanKode);
    if (!point) {
      point = { kecamatanKode: kelurahan.kecamatanKode, kecamatan: kelurahan.kecamatan, share: 0, visibleKm2: 0, areaKm2: 0 };
      points.set(kelurahan.kecamatanKode, point);
    }
    point.areaKm2 += kelurahan.areaKm2;
    point.visibleKm2 += Math.min(visibleKm2ByKode.get(kelurahan.kode) ?? 0, kelurahan.areaKm2);
  }
  return [...points.values()]
    .map((point) => ({ ...point, share: point.areaKm2 > 0 ? point.visibleKm2 / point.areaKm2 : 0 }))
    .sort((a, b) => a.kecamatan.localeCompare(b.kecamatan, 'id'));
}
