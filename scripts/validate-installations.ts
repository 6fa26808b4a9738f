/**
 * Checks an installations file (CSV, GeoJSON, or an .xlsx/.ods workbook) with
 * the same parser the import dialog uses, without saving anything.
 *
 *   npm run validate-installations -- <file> [--region 21.71] [--json] [--lang id|en]
 *     [--sheet NAME] [--column type="Jenis Materi"] [--column notes=]
 *
 * `--column FIELD=HEADER` says which column is which field, as the dialog's
 * column mapping does (an empty header: the file has no such column).
 *
 * Exit code: 0 all rows accepted (warnings allowed), 1 some row rejected,
 * 2 the command could not run (bad arguments, missing boundary data).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { GeodataIndex, KelurahanCollection } from '../src/domain/region';
import { todayInJakarta } from '../src/domain/calendar';
import { IMPORT_FIELDS, type ColumnChoices } from '../src/data/import/columns';
import { decodeText } from '../src/data/import/decodeText';
import { isWorkbookBytes, readWorkbook } from '../src/data/import/readWorkbook';
import { parseInstallations } from '../src/data/import/parseInstallations';
import { createLocator, importRegionOf } from '../src/data/import/region';
import type { ImportLanguage, ParseResult } from '../src/data/import/types';
import { formatReport } from './validateInstallationsReport';

class UsageError extends Error {}

const USAGE = 'Usage: npm run validate-installations -- <file> [--region 21.71] [--json] [--lang id|en] [--sheet NAME] [--column FIELD=HEADER]...';

function columnChoices(entries: string[]): ColumnChoices {
  const choices: ColumnChoices = {};
  for (const entry of entries) {
    const separator = entry.indexOf('=');
    const field = IMPORT_FIELDS.find((name) => name === entry.slice(0, separator).trim());
    if (separator < 0 || !field) throw new UsageError(`--column takes FIELD=HEADER with FIELD one of ${IMPORT_FIELDS.join(', ')}; got "${entry}".`);
    const header = entry.slice(separator + 1).trim();
    choices[field] = header === '' ? null : header;
  }
  return choices;
}

function readJson<T>(path: string, hint: string): T {
  if (!existsSync(path)) throw new UsageError(`${path} not found. ${hint}`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      region: { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'en' },
      sheet: { type: 'string' },
      column: { type: 'string', multiple: true, default: [] },
      // For tests: another boundary directory and a fixed "today".
      geodata: { type: 'string', default: 'public/geodata' },
      today: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new UsageError(USAGE);
  if (values.lang !== 'en' && values.lang !== 'id') throw new UsageError(`--lang must be id or en, not "${values.lang}".`);
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) throw new UsageError('--today must be YYYY-MM-DD.');
  const language: ImportLanguage = values.lang;
  const columns = columnChoices(values.column);

  const geodata = resolve(values.geodata);
  const hint = 'Run `npm run geodata` first to build the boundary data.';
  const index = readJson<GeodataIndex>(join(geodata, 'index.json'), hint);
  const code = values.region ?? index.defaultRegion;
  const region = index.regions.find((entry) => entry.code === code);
  if (!region) throw new UsageError(`Region ${code} is not in ${join(geodata, 'index.json')} (available: ${index.regions.map((entry) => entry.code).join(', ')}).`);
  const kelurahan = readJson<KelurahanCollection>(join(geodata, region.files.kelurahan), hint);

  if (!existsSync(file)) throw new UsageError(`${file} not found.`);
  const bytes = new Uint8Array(readFileSync(file));
  const source = isWorkbookBytes(bytes) ? await readWorkbook(bytes) : decodeText(bytes);
  const result: ParseResult = parseInstallations(source, {
    columns,
    ...(values.sheet === undefined ? {} : { sheet: values.sheet }),
    region: importRegionOf(region, kelurahan),
    locate: createLocator(kelurahan),
    today: values.today ?? todayInJakarta(),
    language,
  });

  if (values.json) {
    const report = {
      rows: result.rows,
      accepted: result.accepted.length,
      rejected: result.rejected.map(({ row, field, code, message }) => ({ row, field, code, message })),
      warnings: result.warnings.map(({ row, code, message }) => ({ row, code, message })),
    };
    console.log(JSON.stringify(report, null, 2));
  } else {
    console.log(formatReport(file, region.name, result, language));
  }
  return result.rejected.length > 0 ? 1 : 0;
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError) && !(error instanceof TypeError && 'code' in error)) throw error;
  console.error(`validate-installations: ${error.message}`);
  process.exitCode = 2;
}
