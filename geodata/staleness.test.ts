import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDirectories } from '../test/support/scratch';
import { isUpToDate, regionOutputFiles } from './staleness';
import { mergeIndex } from './outputIndex';
import type { RegionEntry } from '../src/domain/region';

const scratch = scratchDirectories('geodata-stale-');

function outputs(region: string, listed = true): string {
  const out = scratch();
  mkdirSync(join(out, region));
  for (const file of Object.values(regionOutputFiles(region))) writeFileSync(join(out, file), '{}');
  writeFileSync(join(out, 'index.json'), JSON.stringify({ defaultRegion: region, regions: listed ? [{ code: region }] : [] }));
  return out;
}

describe('isUpToDate', () => {
  it('is true for fresh outputs', () => {
    const out = outputs('21.71');
    expect(isUpToDate({ region: '21.71', out })).toBe(true);
  });

  it('is false when an output is older than the pipeline code or the sources', () => {
    const out = outputs('21.71');
    utimesSync(join(out, '21.71/kecamatan.geojson'), new Date('2000-01-01'), new Date('2000-01-01'));
    expect(isUpToDate({ region: '21.71', out })).toBe(false);
  });

  it('is false when a file is missing or the index does not list the region', () => {
    expect(isUpToDate({ region: '21.72', out: outputs('21.71') })).toBe(false);
    expect(isUpToDate({ region: '21.71', out: outputs('21.71', false) })).toBe(false);
    expect(isUpToDate({ region: '21.71', out: join(scratch(), 'missing') })).toBe(false);
  });
});

describe('mergeIndex', () => {
  const entry = (code: string) => ({ code, name: code }) as RegionEntry;
  it('adds or replaces a region by code, keeping the others; Batam is the default once present', () => {
    const first = mergeIndex(undefined, entry('21.72'));
    expect(first.defaultRegion).toBe('21.72');
    expect(mergeIndex(first, entry('21.01')).defaultRegion).toBe('21.72');
    const second = mergeIndex(first, entry('21.71'));
    expect(second.regions.map((region) => region.code)).toEqual(['21.71', '21.72']);
    expect(second.defaultRegion).toBe('21.71');
    const replaced = mergeIndex(second, { ...entry('21.72'), name: 'again' });
    expect(replaced.regions).toHaveLength(2);
    expect(replaced.regions[1]?.name).toBe('again');
    expect(replaced.defaultRegion).toBe('21.71');
  });
});
