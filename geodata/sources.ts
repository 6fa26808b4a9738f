import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const geodataDirectory = dirname(fileURLToPath(import.meta.url));
const repositoryRoot = resolve(geodataDirectory, '..');

export interface PinnedFile {
  path: string;
  sha256: string;
  url: string;
}

export interface SourcesManifest {
  repository: string;
  commit: string;
  license: string;
  urlTemplate: string;
  files: PinnedFile[];
}

export function readManifest(): SourcesManifest {
  return JSON.parse(readFileSync(join(geodataDirectory, 'sources.json'), 'utf8')) as SourcesManifest;
}

/** Upstream paths (relative to the repository root) of the three dumps one region needs. */
export function regionSourcePaths(region: string): { kelurahan: string; kecamatan: string; kota: string } {
  if (!/^\d{2}\.\d{2}$/.test(region)) throw new Error(`--region must be a kota/kabupaten code like 21.71, got "${region}"`);
  const province = region.slice(0, 2);
  return {
    kelurahan: `db/kel/${province}/wilayah_boundaries_kel_${region}.sql`,
    kecamatan: `db/kec/wilayah_boundaries_kec_${province}.sql`,
    kota: `db/kab/wilayah_boundaries_kab_${province}.sql`,
  };
}

export interface ResolvedSource {
  /** Upstream path, e.g. `db/kel/21/wilayah_boundaries_kel_21.71.sql`. */
  path: string;
  /** Where the bytes were read from (a local file). */
  location: string;
  sha256: string;
  /** False when sources.json has no checksum for this file (another province): recorded, not verified. */
  pinned: boolean;
  text: string;
}

export interface ResolveOptions {
  /** `--source`: a single dump file, or a directory laid out like the upstream repository. */
  source?: string;
  environmentDirectory?: string;
  sharedDirectory?: string;
  cacheDirectory?: string;
  /** Injected for tests; defaults to global fetch. */
  download?: (url: string) => Promise<Uint8Array>;
  warn?: (message: string) => void;
}

export class SourceError extends Error {
  override name = 'SourceError';
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function defaultSharedDirectory(): string {
  return resolve(repositoryRoot, '../shared/geodata/wilayah_boundaries');
}

function defaultCacheDirectory(): string {
  return join(geodataDirectory, '.cache');
}

/**
 * Finds one upstream file in order: `--source` (file or directory), `$GEODATA_SOURCE_DIR`,
 * `../shared/geodata/wilayah_boundaries`, the download cache, then the pinned URL.
 * The first local candidate that exists is used and must match the pinned SHA-256: a mismatch is an
 * error, not a reason to fall through, because a wrong file in a named place is a mistake to fix.
 */
export async function resolveSource(path: string, manifest: SourcesManifest, options: ResolveOptions = {}): Promise<ResolvedSource> {
  const pinned = manifest.files.find((file) => file.path === path);
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const candidates: { label: string; location: string }[] = [];
  if (options.source !== undefined) {
    const location = resolve(options.source);
    const isFile = existsSync(location) && statSync(location).isFile();
    // A single file stands in for the upstream file of the same name; the other dumps come from the usual places.
    if (!isFile) candidates.push({ label: '--source', location: join(location, path) });
    else if (basename(location) === basename(path)) candidates.push({ label: '--source', location });
  }
  if (options.environmentDirectory) candidates.push({ label: '$GEODATA_SOURCE_DIR', location: join(resolve(options.environmentDirectory), path) });
  const shared = options.sharedDirectory ?? defaultSharedDirectory();
  candidates.push({ label: 'shared copy', location: join(shared, path) });
  const cache = options.cacheDirectory ?? defaultCacheDirectory();
  candidates.push({ label: 'download cache', location: join(cache, path) });

  for (const candidate of candidates) {
    if (!existsSync(candidate.location) || !statSync(candidate.location).isFile()) continue;
    const bytes = readFileSync(candidate.location);
    return checked(path, candidate.location, bytes, pinned, warn);
  }

  const url = pinned?.url ?? manifest.urlTemplate.replace('{path}', path);
  const download = options.download ?? fetchBytes;
  let bytes: Uint8Array;
  try {
    bytes = await download(url);
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = [(error as Error).message, cause?.code ?? cause?.message].filter(Boolean).join(': ');
    const tried = [...candidates.map((candidate) => `${candidate.label}: ${candidate.location}`), `download: ${url} (${reason})`];
    throw new SourceError(`no source for ${path}; tried:\n  ${tried.join('\n  ')}\nPass --source <file|dir> or set GEODATA_SOURCE_DIR.`);
  }
  const result = checked(path, url, bytes, pinned, warn);
  const cached = join(cache, path);
  mkdirSync(dirname(cached), { recursive: true });
  writeFileSync(cached, bytes);
  return { ...result, location: cached };
}

function checked(path: string, location: string, bytes: Uint8Array, pinned: PinnedFile | undefined, warn: (message: string) => void): ResolvedSource {
  const sha256 = sha256Of(bytes);
  if (pinned && pinned.sha256 !== sha256) {
    throw new SourceError(`checksum mismatch for ${path} read from ${location}:\n  expected ${pinned.sha256} (geodata/sources.json)\n  found    ${sha256}`);
  }
  if (!pinned) warn(`warning: ${path} has no pinned checksum in geodata/sources.json; recording sha256 ${sha256}`);
  return { path, location, sha256, pinned: pinned !== undefined, text: new TextDecoder().decode(bytes) };
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
