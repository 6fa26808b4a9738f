import * as maplibregl from 'maplibre-gl';
import type { GeoJsonText } from './installationsGeoJson';

// GeoJSON text for large sources, read and parsed by MapLibre's workers. Used only
// by MapAdapter (the one owner of the map), which hands it the sources.

/** The `cakupan-text` protocol (public/maplibre-text-protocol.js), registered inside MapLibre's workers. */
const PROTOCOL_PREFIX = 'cakupan-text://blob/';
let protocolReady: Promise<void> | undefined;

/** Loads the protocol into MapLibre's workers; call once, after `setWorkerUrl`. */
export function registerTextProtocol(): void {
  protocolReady ??= maplibregl.importScriptInWorkers(`${import.meta.env.BASE_URL}maplibre-text-protocol.js`);
}

/**
 * Hands GeoJSON text to sources as blob: URLs behind the `cakupan-text` protocol,
 * so a worker fetches and parses it off the main thread. An object would be copied
 * to the worker on the main thread (~1 s for 100,000 points), and a bare blob: URL
 * is even fetched and parsed on the main thread by MapLibre. A URL is revoked once
 * its load settled and a newer one replaced it (or the loader was disposed).
 */
export class GeoJsonTextLoader {
  private readonly urls = new Map<string, { url: string; read: boolean }>();
  private disposed = false;

  load(source: maplibregl.GeoJSONSource, sourceId: string, text: GeoJsonText): void {
    const previous = this.urls.get(sourceId);
    if (previous?.read) URL.revokeObjectURL(previous.url);
    const entry = { url: URL.createObjectURL(new Blob([...text.parts], { type: 'application/json' })), read: false };
    this.urls.set(sourceId, entry);
    // The workers know the protocol once the script is imported; a newer text may have replaced this one meanwhile.
    (protocolReady ?? Promise.reject(new Error('registerTextProtocol() was not called')))
      .then(() => (this.urls.get(sourceId) === entry ? source.setData(PROTOCOL_PREFIX + encodeURIComponent(entry.url)) : undefined))
      .catch((error: unknown) => console.error(`Map source ${sourceId} failed to load:`, error))
      .finally(() => {
        entry.read = true;
        if (this.disposed || this.urls.get(sourceId) !== entry) URL.revokeObjectURL(entry.url);
      });
  }

  dispose(): void {
    this.disposed = true;
    for (const entry of this.urls.values()) if (entry.read) URL.revokeObjectURL(entry.url);
  }
}
