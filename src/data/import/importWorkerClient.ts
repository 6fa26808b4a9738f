import { proxy, transfer, wrap } from 'comlink';
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
    async parse(file, request, onProgress) {
      const progress = onProgress ? proxy(onProgress) : undefined;
      if (typeof file === 'string') return parser.parse(file, request, progress);
      // The bytes move to the worker without a copy; decoding happens there too.
      const bytes = await file.arrayBuffer();
      return parser.parse(transfer(bytes, [bytes]), request, progress);
    },
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
