import type { Map as MapLibreMap } from 'maplibre-gl';

/** Longest wait for tiles before a snapshot is taken anyway. */
const SNAPSHOT_WAIT_MS = 10_000;

/** Equatorial circumference of the WGS 84 ellipsoid, as Web Mercator uses it. */
const EARTH_CIRCUMFERENCE_M = 2 * Math.PI * 6_378_137;

export interface MapSnapshot {
  /** A 2D canvas at the map canvas's pixel size. */
  canvas: HTMLCanvasElement;
  /** Canvas pixels per CSS pixel. */
  scale: number;
  /** Ground metres per CSS pixel at the centre (Web Mercator, 512 px tiles). */
  metersPerPixel: number;
  /** The sources the map credits. */
  attribution: string;
}

/**
 * A copy of what `map` shows, taken once the tiles in view are loaded. Read in the
 * `render` event, while the WebGL buffer still holds the frame (MapLibre does not
 * preserve it afterwards), and copied to a 2D canvas.
 */
export async function snapshotMap(map: MapLibreMap): Promise<MapSnapshot> {
  // Tiles still loading (e.g. mid-flight): wait for them, but not forever (a basemap
  // server that never answers); the picture then shows what has arrived.
  if (!map.loaded()) await Promise.race([map.once('idle'), new Promise((resolve) => setTimeout(resolve, SNAPSHOT_WAIT_MS))]);
  const canvas = await new Promise<HTMLCanvasElement>((resolve, reject) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      const context = copy.getContext('2d');
      if (!context) return reject(new Error('no 2D canvas context'));
      context.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
  const attribution = map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner')?.textContent?.trim() ?? '';
  const metersPerPixel = (EARTH_CIRCUMFERENCE_M * Math.cos((map.getCenter().lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
  return { canvas, scale: canvas.width / map.getCanvas().clientWidth, metersPerPixel, attribution };
}
