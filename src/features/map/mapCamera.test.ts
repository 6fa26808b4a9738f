import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { BBox } from '../../domain/region';
import { MapCamera, REGION_PADDING } from './mapCamera';

const REGION: BBox = [103.9, 0.9, 104.2, 1.2];
const KECAMATAN: BBox = [104.0, 1.1, 104.05, 1.15];

/** A map that stands at `center`/`zoom` and records the camera calls made on it. */
function recordingMap(center = { lng: 104, lat: 1.1 }, zoom = 11) {
  const calls: [string, ...unknown[]][] = [];
  const map = {
    resize: () => calls.push(['resize']),
    getCenter: () => center,
    getZoom: () => zoom,
    isMoving: () => false,
    fitBounds: (bbox: BBox, options: unknown) => calls.push(['fitBounds', bbox, options]),
    jumpTo: (options: unknown) => calls.push(['jumpTo', options]),
    flyTo: (options: unknown) => calls.push(['flyTo', options]),
  } as unknown as MapLibreMap;
  return { map, calls };
}

describe('MapCamera', () => {
  it('fits the region on load when no link asked for anything', () => {
    const { map, calls } = recordingMap();
    const camera = new MapCamera(map, REGION);
    expect(camera.atRest).toBe(false);
    camera.place();
    expect(calls).toEqual([['resize'], ['fitBounds', REGION, { padding: REGION_PADDING, duration: 0 }]]);
    expect(camera.atRest).toBe(true);
  });

  it('keeps a fit asked for before load and makes it, without animation, in place of the region fit', () => {
    const { map, calls } = recordingMap();
    const camera = new MapCamera(map, REGION);
    camera.fitBounds(KECAMATAN, 30);
    expect(calls).toEqual([]);
    camera.place();
    expect(calls).toEqual([['resize'], ['fitBounds', KECAMATAN, { padding: 30, maxZoom: 15, duration: 0 }]]);
  });

  it('a position asked for before load wins over a fit, and a flight before load lands there at once', () => {
    const { map, calls } = recordingMap();
    const camera = new MapCamera(map, REGION);
    camera.fitBounds(KECAMATAN);
    camera.flyTo([104.1, 1.05], 16);
    camera.place();
    expect(calls).toEqual([['resize'], ['jumpTo', { center: [104.1, 1.05], zoom: 16 }]]);
  });

  it('does not jump to where the map already stands (a position it reported coming back through the URL)', () => {
    const { map, calls } = recordingMap({ lng: 104, lat: 1.1 }, 11);
    const camera = new MapCamera(map, REGION);
    camera.place();
    calls.length = 0;
    camera.jumpTo({ lng: 104.000001, lat: 1.1, zoom: 11 });
    expect(calls).toEqual([]);
    camera.jumpTo({ lng: 104.01, lat: 1.1, zoom: 11 });
    expect(calls).toEqual([['jumpTo', { center: [104.01, 1.1], zoom: 11 }]]);
  });
});
