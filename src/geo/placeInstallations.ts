import type { Installation } from '../data/installation';
import { assignToAreas, type AreaIndex } from './assignToAreas';

/**
 * How the stated kelurahan of an installation compares with where its point lies:
 * - `match`: claimed and actual are the same;
 * - `mismatch`: both known and different (flag it to staff);
 * - `unclaimed`: no kelurahan was stated, the actual one is used;
 * - `outside`: the point lies outside every kelurahan of the region.
 */
export type ClaimStatus = 'match' | 'mismatch' | 'unclaimed' | 'outside';

export interface Placement {
  id: string;
  actualKode: string | null;
  claimedKode: string | null;
  claimStatus: ClaimStatus;
}

export type PlaceableInstallation = Pick<Installation, 'id' | 'lng' | 'lat' | 'kelurahanKode'>;

/** Compares one claimed kode with the actual one. */
export function checkClaim(claimedKode: string | null | undefined, actualKode: string | null): ClaimStatus {
  if (actualKode === null) return 'outside';
  if (claimedKode === null || claimedKode === undefined || claimedKode === '') return 'unclaimed';
  return claimedKode === actualKode ? 'match' : 'mismatch';
}

/**
 * Locates every installation and checks its claim. `kodes[i]` is the kode of
 * area `i` of the index (the same order the index was built in).
 */
export function placeInstallations(index: AreaIndex, kodes: readonly string[], installations: ReadonlyArray<PlaceableInstallation>): Placement[] {
  if (kodes.length !== index.areaCount) throw new Error(`placeInstallations: ${kodes.length} kodes for an index of ${index.areaCount} areas`);
  const lngs = Float64Array.from(installations, (installation) => installation.lng);
  const lats = Float64Array.from(installations, (installation) => installation.lat);
  const areas = assignToAreas(index, lngs, lats);
  return installations.map((installation, position) => {
    const area = areas[position]!;
    const actualKode = area === -1 ? null : kodes[area]!;
    const claimedKode = installation.kelurahanKode ?? null;
    return { id: installation.id, actualKode, claimedKode, claimStatus: checkClaim(claimedKode, actualKode) };
  });
}
