import { proxy, wrap } from 'comlink';
import type { AcceptedChunk, ImportParser, ImportRequest } from './importWorkerApi';
import type { ImportPreview } from './preview';

export interface ImportWorker {
  /** Reads the file in the worker; `onProgress` gets 0..1 as rows are read. */
  parse(file: Blob | string, request: ImportRequest, onProgress?: (fraction: number) => void): Promise<ImportPreview>;
  /** The same file again with another column mapping or sheet. */
  reparse(request: ImportRequest, onProgress?: (fraction: number) => void): Promise<ImportPreview>;
  /** Every accepted row of the last file, fetched in chunks so no single task blocks the page. */
  accepted(): Promise<AcceptedChunk>;
  /** The last file's rejected rows as a CSV to fix and re-import. */
  rejectedCsv(): Promise<string>;
  terminate(): void;
}

const CHUNK_SIZE = 5000;

/** Starts the import parser in a module worker (browser only). */
export function createImportWorker(): ImportWorker {
  const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  const parser = wrap<ImportParser>(worker);
  return {
    // A Blob crosses as a handle, not a copy: the worker reads and decodes the file itself,
    // so the page never holds its bytes (a 100,000-row workbook is 13 MB).
    parse: (file, request, onProgress) => parser.parse(file, request, onProgress ? proxy(onProgress) : undefined),
    reparse: (request, onProgress) => parser.reparse(request, onProgress ? proxy(onProgress) : undefined),
    async accepted() {
      const all: AcceptedChunk = { inputs: [], rows: [] };
      for (;;) {
        const chunk = await parser.acceptedChunk(all.inputs.length, CHUNK_SIZE);
        all.inputs.push(...chunk.inputs);
        all.rows.push(...chunk.rows);
        if (chunk.inputs.length < CHUNK_SIZE) return all;
      }
    },
    rejectedCsv: () => parser.rejectedCsv(),
    terminate: () => worker.terminate(),
  };
}
