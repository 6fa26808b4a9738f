/** Real upstream data for the geodata tests: the shared copy, else the pinned download; never a fixture. */
import { parseSql, type BoundaryRow } from './parseSql';
import { readManifest, regionSourcePaths, resolveSource, SourceError } from './sources';

export interface RealRegion {
  kelurahan: BoundaryRow[];
  kecamatan: BoundaryRow[];
}

const cache = new Map<string, Promise<RealRegion | undefined>>();

/**
 * Loads and parses a region's dumps (checksums verified). Resolves to undefined, with a clear message,
 * only when no copy exists and the download fails (offline): tests then skip instead of failing.
 */
export function loadRealRegion(region = '21.71'): Promise<RealRegion | undefined> {
  let pending = cache.get(region);
  if (!pending) {
    pending = (async () => {
      const manifest = readManifest();
      const paths = regionSourcePaths(region);
      try {
        const kelurahan = await resolveSource(paths.kelurahan, manifest, { environmentDirectory: process.env.GEODATA_SOURCE_DIR });
        const kecamatan = await resolveSource(paths.kecamatan, manifest, { environmentDirectory: process.env.GEODATA_SOURCE_DIR });
        return {
          kelurahan: parseSql(kelurahan.text, kelurahan.location),
          kecamatan: parseSql(kecamatan.text, kecamatan.location).filter((row) => row.kode.startsWith(`${region}.`) && row.kode.length === 8),
        };
      } catch (error) {
        if (!(error instanceof SourceError)) throw error;
        console.warn(`SKIPPING real-data geodata tests: ../shared/geodata is absent and the download failed (offline?)\n${error.message}`);
        return undefined;
      }
    })();
    cache.set(region, pending);
  }
  return pending;
}
