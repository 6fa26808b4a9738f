import { buildAreaIndex, locate, type AreaLike } from '../../geo/assignToAreas';
import type { KelurahanCollection, RegionEntry } from '../../domain/region';
import type { ImportRegion, Locate } from './types';

/** The parser's view of a region: extent, name and gazetteer from the geodata build. */
export function importRegionOf(region: Pick<RegionEntry, 'name' | 'bbox'>, kelurahan: KelurahanCollection): ImportRegion {
  return {
    name: region.name,
    bbox: region.bbox,
    kelurahan: kelurahan.features.map(({ properties }) => ({ kode: properties.kode, nama: properties.nama })),
  };
}

/** Point-in-kelurahan lookup over the real boundaries (the coverage engine's index). */
export function createLocator(kelurahan: KelurahanCollection): Locate {
  return locatorOf(kelurahan.features.map(({ geometry, properties }) => ({ kode: properties.kode, geometry })));
}

/** The same lookup over bare areas (the import worker's polygons, unpacked). */
export function locatorOf(areas: ReadonlyArray<AreaLike & { kode: string }>): Locate {
  const index = buildAreaIndex(areas);
  return (lng, lat) => {
    const found = locate(index, lng, lat);
    return found < 0 ? undefined : areas[found]?.kode;
  };
}
