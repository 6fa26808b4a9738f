import type { Installation } from '../domain/installation';
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
 * The area index of every installation's point (-1 outside every area), in
 * installation order. Plain loops fill the coordinate arrays: `Float64Array.from`
 * with a mapper goes through the iterator protocol and is several times slower
 * at 100,000 rows.
 */
export function locateInstallations(index: AreaIndex, installations: ReadonlyArray<Pick<Installation, 'lng' | 'lat'>>): Int32Array {
  const lngs = new Float64Array(installations.length);
  const lats = new Float64Array(installations.length);
  for (let position = 0; position < installations.length; position++) {
    const installation = installations[position]!;
    lngs[position] = installation.lng;
    lats[position] = installation.lat;
  }
  return assignToAreas(index, lngs, lats);
}

/** `kodes[area]` for each area index, null for -1 (outside). Throws on an index with no kode rather than dropping it. */
export function kodesOfAreas(areas: Int32Array, kodes: readonly string[]): (string | null)[] {
  const result = new Array<string | null>(areas.length);
  for (let position = 0; position < areas.length; position++) {
    const area = areas[position]!;
    if (area === -1) {
      result[position] = null;
      continue;
    }
    const kode = kodes[area];
    if (kode === undefined) throw new Error(`kodesOfAreas: position ${position} is in area ${area}, but only ${kodes.length} kodes were given`);
    result[position] = kode;
  }
  return result;
}

/**
 * Locates every installation and checks its claim. `kodes[i]` is the kode of
 * area `i` of the index (the same order the index was built in).
 */
export function placeInstallations(index: AreaIndex, kodes: readonly string[], installations: ReadonlyArray<PlaceableInstallation>): Placement[] {
  if (kodes.length !== index.areaCount) throw new Error(`placeInstallations: ${kodes.length} kodes for an index of ${index.areaCount} areas`);
  const actualKodes = kodesOfAreas(locateInstallations(index, installations), kodes);
  return installations.map((installation, position) => {
    const actualKode = actualKodes[position] ?? null;
    const claimedKode = installation.kelurahanKode ?? null;
    return { id: installation.id, actualKode, claimedKode, claimStatus: checkClaim(claimedKode, actualKode) };
  });
}
