import { proxy, transfer, wrap } from 'comlink';
import type { ImportParser, ImportRequest } from './importWorkerApi';
import type { ParseResult } from './types';

export interface ImportWorker {
  /** Reads the file in the worker; `onProgress` gets 0..1 as rows are read. */
  parse(file: Blob | string, request: ImportRequest, onProgress?: (fraction: number) => void): Promise<ParseResult>;
  terminate(): void;
}

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
    terminate: () => worker.terminate(),
  };
}
