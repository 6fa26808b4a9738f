import { utils, write } from '@e965/xlsx';
import { createImportParser } from '../../src/data/import/importWorkerApi';
import { packKelurahan } from '../../src/data/import/packedKelurahan';
import { loadBatamKelurahan } from '../../src/geo/fixtures/batam';
import { seededRandom } from '../../src/geo/fixtures/random';
import { testRegion, TODAY } from '../fixtures/import/region';

/**
 * A branch office's recap at scale: a title row, a header in its own words,
 * `rows` installations with date cells and numeric coordinates, a total line.
 */
export function recapWorkbook(rows: number): ArrayBuffer {
  const random = seededRandom(27);
  const types = ['Baliho', 'Spanduk', 'Banner', 'Poster'];
  const data: unknown[][] = [['REKAP PEMASANGAN APK KKBC KOTA BATAM'], [], ['No.', 'Jenis Materi', 'Lintang (LU)', 'Bujur (BT)', 'Tgl. Pemasangan', 'Status', 'Keterangan']];
  for (let index = 0; index < rows; index++) {
    const installed = new Date(Date.UTC(2026, 0, 1 + (index % 300)));
    data.push([index + 1, types[index % 4], 1.0 + random() * 0.2, 103.9 + random() * 0.2, installed, index % 7 === 0 ? 'rusak' : 'terpasang', `titik ${index + 1}`]);
  }
  data.push(['JUMLAH', rows]);
  const sheet = utils.aoa_to_sheet(data, { cellDates: true, UTC: true });
  const workbook = utils.book_new();
  utils.book_append_sheet(workbook, sheet, 'Rekap');
  return write(workbook, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer;
}

/** The worker's whole job on that file (read the workbook, map columns, check every row against the real kelurahan), in this thread. */
export async function benchImportXlsx(rows: number): Promise<{ wallMs: number; cpuMs: number; accepted: number; bytes: number }> {
  const bytes = recapWorkbook(rows);
  const kelurahan = packKelurahan(loadBatamKelurahan());
  await import('@e965/xlsx'); // the library's load is not the import's work
  const parser = createImportParser();
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  const preview = await parser.parse(bytes.slice(0), { region: testRegion, kelurahan, today: TODAY });
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpuStart);
  if (preview.rows !== rows) throw new Error(`expected ${rows} rows, read ${preview.rows}`);
  return { wallMs, cpuMs: (used.user + used.system) / 1000, accepted: preview.acceptedCount, bytes: bytes.byteLength };
}
