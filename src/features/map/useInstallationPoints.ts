import { useEffect, useState } from 'react';
import { inSlices, yieldToMain } from '../../components/slices';
import { dayNumber } from '../../geo/installationColumns';
import { GEOJSON_TEXT_HEAD, GEOJSON_TEXT_TAIL, installationFeaturesText, type GeoJsonText, type InstallationPointSource } from './installationsGeoJson';
import { INSTALLATION_CHUNKS } from './layers';

export interface InstallationPoints {
  /** One GeoJSON text per installations source (INSTALLATION_SOURCE_IDS), in order. */
  chunks: GeoJsonText[];
  /** Per installation: index into INSTALLATION_TYPES, or -1 when not on the map (see `installationFeaturesText`). */
  legendCodes: Int8Array;
}

/**
 * Installations written per slice: ~5 ms of text plus ~10 ms to copy it into
 * a Blob at 2,500, so building never blocks input for long, even on a busy
 * machine. Copying each slice into its own Blob right away matters: one Blob made
 * of 25 MB of strings at the end was a single ~850 ms task; the final Blob of
 * Blobs only references them.
 */
const SLICE = 2_500;

/**
 * The last build, kept across mounts: returning to the map view with the same data
 * then reuses the same texts, and the map (which keeps its sources) re-sends nothing.
 * One entry only, so at most one 100,000-point text (~25 MB) is held.
 */
let built: (InstallationPointSource & { asOf: string; points: InstallationPoints }) | undefined;

function lastBuilt(source: InstallationPointSource, asOf: string): InstallationPoints | undefined {
  const hit = built?.installations === source.installations && built.columns === source.columns && built.actualKode === source.actualKode && built.asOf === asOf;
  return hit ? built?.points : undefined;
}

/**
 * The installations sources as GeoJSON text, built once per data or as-of change
 * (never per filter change) in slices (`inSlices`), the main thread given back between them. Source `c` holds a run of
 * consecutive installations (a whole number of slices). Undefined until the first
 * build is done; a change of inputs abandons a build in progress and keeps the
 * previous result until the new one is complete.
 */
export function useInstallationPoints(source: InstallationPointSource, asOf: string): InstallationPoints | undefined {
  const { installations, columns, actualKode } = source;
  const [points, setPoints] = useState(() => lastBuilt(source, asOf));
  useEffect(() => {
    // Already built (the state starts from it, or this build just finished): nothing to do.
    if (lastBuilt({ installations, columns, actualKode }, asOf)) return;
    const asOfDay = dayNumber(asOf);
    const controller = new AbortController();
    const legendCodes = new Int8Array(installations.length);
    const perChunk = Math.max(1, Math.ceil(installations.length / INSTALLATION_CHUNKS / SLICE)) * SLICE;
    const chunks: Blob[][] = Array.from({ length: INSTALLATION_CHUNKS }, () => []);
    let written = 0;
    const writeSlice = (start: number, end: number) => {
      // A new chunk starts without a leading comma.
      if (start % perChunk === 0) written = 0;
      const slice = installationFeaturesText({ installations, columns, actualKode }, asOfDay, { start, end, afterFeature: written > 0 }, legendCodes);
      chunks[Math.floor(start / perChunk)]!.push(new Blob([slice.text]));
      written += slice.written;
    };
    // Not even the first slice in the effect itself: it may run inside React's commit task.
    void yieldToMain()
      .then(() => !controller.signal.aborted && inSlices(installations.length, SLICE, writeSlice, { signal: controller.signal }))
      .then((finished) => {
        if (!finished) return;
        const done = { chunks: chunks.map((parts) => ({ parts: [GEOJSON_TEXT_HEAD, ...parts, GEOJSON_TEXT_TAIL] })), legendCodes };
        built = { installations, columns, actualKode, asOf, points: done };
        setPoints(done);
      });
    return () => controller.abort();
  }, [installations, columns, actualKode, asOf]);
  return points;
}
