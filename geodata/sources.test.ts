import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { scratchDirectories } from '../test/support/scratch';
import { readManifest, regionSourcePaths, resolveSource, sha256Of, SourceError, type SourcesManifest } from './sources';

const kelurahanPath = 'db/kel/21/wilayah_boundaries_kel_21.71.sql';
const bytes = new TextEncoder().encode('INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES (...);\n');
const manifest: SourcesManifest = {
  repository: 'https://github.com/cahyadsn/wilayah_boundaries',
  commit: '3c5a7960f4d227a38489094d84252bdbb3f978a5',
  license: 'MIT',
  urlTemplate: 'https://example.invalid/{path}',
  files: [{ path: kelurahanPath, sha256: sha256Of(bytes), url: `https://example.invalid/${kelurahanPath}` }],
};

const scratch = scratchDirectories('geodata-sources-');

function directoryWith(path: string, content: Uint8Array | string): string {
  const root = scratch();
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
  return root;
}

/** A directory that does not exist (yet: a download cache is made on first use). */
const nowhere = () => join(scratch(), 'absent');
const offline = () => Promise.reject(new Error('getaddrinfo ENOTFOUND'));

describe('resolveSource', () => {
  it('pins the Kepulauan Riau files with URLs at the pinned commit', () => {
    const real = readManifest();
    expect(real.files.find((file) => file.path === kelurahanPath)?.url).toBe(
      `https://raw.githubusercontent.com/cahyadsn/wilayah_boundaries/${real.commit}/${kelurahanPath}`,
    );
    expect(regionSourcePaths('21.72')).toEqual({
      kelurahan: 'db/kel/21/wilayah_boundaries_kel_21.72.sql',
      kecamatan: 'db/kec/wilayah_boundaries_kec_21.sql',
      kota: 'db/kab/wilayah_boundaries_kab_21.sql',
    });
    expect(() => regionSourcePaths('21.71.01')).toThrow(/--region/);
  });

  it('prefers --source over $GEODATA_SOURCE_DIR over the shared copy, and verifies the checksum', async () => {
    const source = directoryWith(kelurahanPath, bytes);
    const environment = directoryWith(kelurahanPath, 'something else');
    const resolved = await resolveSource(kelurahanPath, manifest, { source, environmentDirectory: environment, sharedDirectory: nowhere(), download: offline });
    expect(resolved.location).toBe(join(source, kelurahanPath));
    expect(resolved.pinned).toBe(true);
    const single = await resolveSource(kelurahanPath, manifest, { source: join(source, kelurahanPath), sharedDirectory: nowhere(), download: offline });
    expect(single.sha256).toBe(manifest.files[0]?.sha256);
    // A single file only stands in for the dump of the same name.
    const kecamatanPath = 'db/kec/wilayah_boundaries_kec_21.sql';
    const shared = directoryWith(kecamatanPath, 'kecamatan dump');
    const other = await resolveSource(kecamatanPath, manifest, { source: join(source, kelurahanPath), sharedDirectory: shared, download: offline, warn: () => undefined });
    expect(other.location).toBe(join(shared, kecamatanPath));
  });

  it('fails on a checksum mismatch, naming the file, the location and both hashes', async () => {
    const environment = directoryWith(kelurahanPath, 'tampered');
    const attempt = resolveSource(kelurahanPath, manifest, { environmentDirectory: environment, sharedDirectory: nowhere(), download: offline });
    await expect(attempt).rejects.toThrow(SourceError);
    await expect(attempt).rejects.toThrow(new RegExp(`checksum mismatch for ${kelurahanPath} read from ${join(environment, kelurahanPath)}[\\s\\S]*expected ${manifest.files[0]?.sha256}[\\s\\S]*found    ${sha256Of(new TextEncoder().encode('tampered'))}`));
  });

  it('fails when there is no source at all, listing every place it tried', async () => {
    const source = nowhere();
    const shared = nowhere();
    const cache = nowhere();
    const attempt = resolveSource(kelurahanPath, manifest, { source, sharedDirectory: shared, cacheDirectory: cache, download: offline });
    await expect(attempt).rejects.toThrow(SourceError);
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).toContain(`--source: ${join(source, kelurahanPath)}`);
    expect(message).toContain(`shared copy: ${join(shared, kelurahanPath)}`);
    expect(message).toContain(`download cache: ${join(cache, kelurahanPath)}`);
    expect(message).toContain(`download: https://example.invalid/${kelurahanPath} (getaddrinfo ENOTFOUND)`);
  });

  it('downloads into the cache when nothing is local, and checks the download too', async () => {
    const cache = nowhere();
    const download = vi.fn(() => Promise.resolve(bytes));
    const resolved = await resolveSource(kelurahanPath, manifest, { sharedDirectory: nowhere(), cacheDirectory: cache, download });
    expect(download).toHaveBeenCalledWith(`https://example.invalid/${kelurahanPath}`);
    expect(resolved.location).toBe(join(cache, kelurahanPath));
    const again = await resolveSource(kelurahanPath, manifest, { sharedDirectory: nowhere(), cacheDirectory: cache, download: offline });
    expect(again.location).toBe(join(cache, kelurahanPath));
    const corrupt = () => Promise.resolve(new TextEncoder().encode('<html>rate limited</html>'));
    await expect(resolveSource(kelurahanPath, manifest, { sharedDirectory: nowhere(), cacheDirectory: nowhere(), download: corrupt })).rejects.toThrow(/checksum mismatch/);
  });

  it('warns and records the computed checksum for files sources.json does not pin', async () => {
    const otherPath = 'db/kel/13/wilayah_boundaries_kel_13.71.sql';
    const warn = vi.fn();
    const resolved = await resolveSource(otherPath, manifest, { source: directoryWith(otherPath, bytes), sharedDirectory: nowhere(), download: offline, warn });
    expect(resolved.pinned).toBe(false);
    expect(resolved.sha256).toBe(sha256Of(bytes));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`${otherPath} has no pinned checksum`));
  });
});
