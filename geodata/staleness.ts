import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const geodataDirectory = dirname(fileURLToPath(import.meta.url));

export interface StalenessOptions {
  region: string;
  out: string;
  source?: string | undefined;
  environmentDirectory?: string | undefined;
}

/** Output files of one region, relative to the output directory. */
export function regionOutputFiles(region: string): { kelurahan: string; kecamatan: string; boundary: string } {
  return { kelurahan: `${region}/kelurahan.geojson`, kecamatan: `${region}/kecamatan.geojson`, boundary: `${region}/boundary.geojson` };
}

/**
 * True when index.json lists the region and every output is newer than every input: the pipeline's
 * own code, sources.json, and whichever local source files exist. Built-ins only, no parsing of
 * geometry: this runs before every dev, build and test.
 */
export function isUpToDate(options: StalenessOptions): boolean {
  const out = resolve(options.out);
  const indexPath = join(out, 'index.json');
  if (!existsSync(indexPath)) return false;
  try {
    const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { regions?: { code?: string }[] };
    if (!index.regions?.some((region) => region.code === options.region)) return false;
  } catch {
    return false;
  }
  const outputs = [indexPath, ...Object.values(regionOutputFiles(options.region)).map((file) => join(out, file))];
  if (!outputs.every((file) => existsSync(file))) return false;
  const oldestOutput = Math.min(...outputs.map((file) => statSync(file).mtimeMs));

  const inputs = readdirSync(geodataDirectory)
    .filter((file) => (file.endsWith('.ts') && !file.endsWith('.test.ts')) || file === 'sources.json')
    .map((file) => join(geodataDirectory, file));
  for (const directory of sourceDirectories(options)) {
    if (existsSync(directory) && statSync(directory).isFile()) inputs.push(directory);
    else for (const path of regionSourcePathList(options.region)) if (existsSync(join(directory, path))) inputs.push(join(directory, path));
  }
  const newestInput = Math.max(...inputs.map((file) => statSync(file).mtimeMs));
  return newestInput < oldestOutput;
}

function sourceDirectories(options: StalenessOptions): string[] {
  const directories = [resolve(geodataDirectory, '../../shared/geodata/wilayah_boundaries'), join(geodataDirectory, '.cache')];
  if (options.environmentDirectory) directories.unshift(resolve(options.environmentDirectory));
  if (options.source) directories.unshift(resolve(options.source));
  return directories;
}

function regionSourcePathList(region: string): string[] {
  const province = region.slice(0, 2);
  return [`db/kel/${province}/wilayah_boundaries_kel_${region}.sql`, `db/kec/wilayah_boundaries_kec_${province}.sql`, `db/kab/wilayah_boundaries_kab_${province}.sql`];
}
