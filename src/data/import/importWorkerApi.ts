import type { InstallationInput } from '../../domain/installation';
import { decodeText } from './decodeText';
import { parseInstallations } from './parseInstallations';
import type { ImportSource } from './prepareTable';
import { isWorkbookBytes, readWorkbook } from './readWorkbook';
import { previewOf, type ImportPreview } from './preview';
import { unpackExisting, type PackedExisting } from './packedExisting';
import { unpackKelurahan, type PackedKelurahan } from './packedKelurahan';
import { locatorOf } from './region';
import { rejectedRowsCsv } from './rejectedCsv';
import type { Locate, ParseOptions, ParseResult } from './types';

/** What crosses into the worker: plain data only (functions cannot be cloned). */
export interface ImportRequest extends Omit<ParseOptions, 'locate' | 'onProgress' | 'existing'> {
  /** The region's kelurahan polygons (`packKelurahan`); the worker builds its own point-in-polygon index from them. */
  kelurahan?: PackedKelurahan;
  /** Saved installations, for duplicate warnings (`packExisting`). */
  existing?: PackedExisting;
  /** How many rejections and warnings the preview lists. */
  listLimit?: number;
}

export interface AcceptedChunk {
  inputs: InstallationInput[];
  /** The file row of each input, to point store errors back at the file. */
  rows: number[];
}

/**
 * The parser behind the worker boundary. It keeps the last full result so the
 * page only receives a preview, then the accepted rows in chunks on confirm.
 */
export interface ImportParser {
  /**
   * The uploaded file (read and decoded here, off the main thread: text, or a
   * workbook), its bytes, or already decoded text.
   */
  parse(source: Blob | ArrayBuffer | string, request: ImportRequest, onProgress?: (fraction: number) => void): Promise<ImportPreview>;
  /**
   * The same file again with other choices (column mapping, sheet): the file is
   * not read again, and without `kelurahan` the last polygons are used (a few MB
   * the page need not clone again).
   */
  reparse(request: ImportRequest, onProgress?: (fraction: number) => void): Promise<ImportPreview>;
  acceptedChunk(start: number, size: number): Promise<AcceptedChunk>;
  rejectedCsv(): Promise<string>;
}

/** A zip that is no workbook (or a damaged one) gets the verdict any other binary file gets. */
async function readWorkbookOrText(bytes: Uint8Array): Promise<ImportSource> {
  try {
    return await readWorkbook(bytes);
  } catch {
    return decodeText(bytes);
  }
}

// Unzipping and reading a workbook is one call of the library, about a third
// of the work for a large sheet: the bar shows it as one step, then the rows.
const WORKBOOK_READ_SHARE = 0.35;

export function createImportParser(): ImportParser {
  let last: ParseResult | undefined;
  let source: ImportSource | undefined;
  // Building the index costs a pass over every vertex: keep it while the same polygons come back.
  let cached: { kodes: string; locate: Locate } | undefined;
  const locatorFor = (kelurahan: PackedKelurahan): Locate => {
    const kodes = kelurahan.kodes.join();
    if (cached?.kodes !== kodes) cached = { kodes, locate: locatorOf(unpackKelurahan(kelurahan)) };
    return cached.locate;
  };
  const lastResult = (): ParseResult => {
    if (!last) throw new Error('No file has been read yet.');
    return last;
  };
  let lastLocate: Locate | undefined;
  const parseWith = ({ kelurahan: _polygons, existing, listLimit = 200, ...request }: ImportRequest, locate: Locate | undefined, onProgress?: (fraction: number) => void) => {
    if (source === undefined) throw new Error('No file has been read yet.');
    lastLocate = locate;
    last = parseInstallations(source, {
      ...request,
      ...(existing ? { existing: unpackExisting(existing) } : {}),
      ...(locate ? { locate } : {}),
      ...(onProgress ? { onProgress } : {}),
    });
    return previewOf(last, listLimit);
  };
  const reparse = async (request: ImportRequest, onProgress?: (fraction: number) => void) =>
    parseWith(request, request.kelurahan ? locatorFor(request.kelurahan) : lastLocate, onProgress);
  const parseNew = (request: ImportRequest, onProgress?: (fraction: number) => void) =>
    parseWith(request, request.kelurahan ? locatorFor(request.kelurahan) : undefined, onProgress);
  return {
    async parse(input, request, onProgress) {
      if (typeof input === 'string') source = input;
      else {
        const bytes = new Uint8Array(input instanceof ArrayBuffer ? input : await input.arrayBuffer());
        if (isWorkbookBytes(bytes)) {
          onProgress?.(0.02);
          source = await readWorkbookOrText(bytes);
          onProgress?.(WORKBOOK_READ_SHARE);
          const rest = onProgress && ((fraction: number) => onProgress(WORKBOOK_READ_SHARE + (1 - WORKBOOK_READ_SHARE) * fraction));
          return parseNew(request, rest);
        }
        source = decodeText(bytes);
      }
      return parseNew(request, onProgress);
    },
    reparse,
    async acceptedChunk(start, size) {
      const result = lastResult();
      return { inputs: result.accepted.slice(start, start + size), rows: result.acceptedRows.slice(start, start + size) };
    },
    async rejectedCsv() {
      return rejectedRowsCsv(lastResult());
    },
  };
}
