import { afterEach, describe, expect, it, vi } from 'vitest';
import { GeodataError, loadDefaultRegion } from './geodata';

const collection = (name: string) => ({ type: 'FeatureCollection', features: [], name });
const index = {
  defaultRegion: '21.71',
  regions: [
    { code: '21.72', name: 'Kota Tanjung Pinang', files: { kelurahan: '21.72/kelurahan.geojson', kecamatan: '21.72/kecamatan.geojson', boundary: '21.72/boundary.geojson' } },
    { code: '21.71', name: 'Kota Batam', files: { kelurahan: '21.71/kelurahan.geojson', kecamatan: '21.71/kecamatan.geojson', boundary: '21.71/boundary.geojson' } },
  ],
};

/** A server answering each path under geodata/ with `answer(path)`. */
function serve(answer: (path: string) => Response | Promise<Response>) {
  vi.stubGlobal('fetch', (url: string) => Promise.resolve(answer(url.replace(/^.*geodata\//, ''))));
}
const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200 });
const files: Record<string, unknown> = {
  'index.json': index,
  '21.71/kelurahan.geojson': collection('kelurahan'),
  '21.71/kecamatan.geojson': collection('kecamatan'),
  '21.71/boundary.geojson': collection('boundary'),
};

async function failure(): Promise<GeodataError> {
  const error: unknown = await loadDefaultRegion().then(() => undefined, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(GeodataError);
  return error as GeodataError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadDefaultRegion', () => {
  it("loads the index's default region, not the first one listed", async () => {
    serve((path) => json(files[path]));
    const layers = await loadDefaultRegion();
    expect(layers.region.name).toBe('Kota Batam');
    expect((layers.kecamatan as unknown as { name: string }).name).toBe('kecamatan');
  });

  it('tells no connection from a file missing on the server and from a server failure', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await failure()).toMatchObject({ kind: 'network', path: 'index.json', detail: 'Failed to fetch' });
    serve((path) => (path === 'index.json' ? json(index) : new Response('not found', { status: 404 })));
    expect(await failure()).toMatchObject({ kind: 'missing', path: expect.stringMatching(/^21\.71\//), status: 404 });
    serve(() => new Response('oops', { status: 503 }));
    expect(await failure()).toMatchObject({ kind: 'server', path: 'index.json', status: 503, detail: 'HTTP 503' });
  });

  it('names the file that is not the GeoJSON expected: cut short, or not a FeatureCollection', async () => {
    serve((path) => (path === '21.71/kecamatan.geojson' ? new Response('{"type":"FeatureCollection","features":[{"type"', { status: 200 }) : json(files[path])));
    expect(await failure()).toMatchObject({ kind: 'invalid', path: '21.71/kecamatan.geojson' });
    serve((path) => json(path === '21.71/boundary.geojson' ? { type: 'Feature' } : files[path]));
    expect(await failure()).toMatchObject({ kind: 'invalid', path: '21.71/boundary.geojson', detail: 'not a GeoJSON FeatureCollection' });
    serve((path) => json(path === 'index.json' ? { regions: [] } : files[path]));
    expect(await failure()).toMatchObject({ kind: 'invalid', path: 'index.json', detail: 'the index lists no region' });
  });
});
