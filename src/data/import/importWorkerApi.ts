import type { KelurahanCollection } from '../../geo/types';
import { decodeText } from './decodeText';
import { parseInstallations } from './parseInstallations';
import { createLocator } from './region';
import type { ParseOptions, ParseResult } from './types';

/** What crosses into the worker: plain data only (functions cannot be cloned). */
export interface ImportRequest extends Omit<ParseOptions, 'locate' | 'onProgress'> {
  /** The region's kelurahan polygons; the worker builds its own point-in-polygon index from them. */
  kelurahan?: KelurahanCollection;
}

export interface ImportParser {
  /** Bytes of the uploaded file (decoded here, off the main thread) or already decoded text. */
  parse(source: ArrayBuffer | string, request: ImportRequest, onProgress?: (fraction: number) => void): Promise<ParseResult>;
}

/** The parser behind the worker boundary; also usable directly (tests, no-worker fallback). */
export function createImportParser(): ImportParser {
  // Building the index costs a pass over every vertex: keep it while the same polygons come back.
  let cached: { kelurahan: KelurahanCollection; locate: ReturnType<typeof createLocator> } | undefined;
  return {
    async parse(source, { kelurahan, ...request }, onProgress) {
      const text = typeof source === 'string' ? source : decodeText(new Uint8Array(source));
      let locate;
      if (kelurahan) {
        const sameShape = cached && cached.kelurahan.features.length === kelurahan.features.length &&
          cached.kelurahan.features.every((feature, index) => feature.properties.kode === kelurahan.features[index]?.properties.kode);
        if (!sameShape || !cached) cached = { kelurahan, locate: createLocator(kelurahan) };
        locate = cached.locate;
      }
      return parseInstallations(text, { ...request, ...(locate ? { locate } : {}), ...(onProgress ? { onProgress } : {}) });
    },
  };
}
