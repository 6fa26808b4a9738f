import type { Installation } from '../domain/installation';
import { inSlices, type SliceOptions } from '../data/slices';
import { createColumns, fillColumns, type InstallationColumns } from '../geo/installationColumns';
import { assignToAreas, type AreaIndex } from '../geo/assignToAreas';
import { kodesOfAreas } from '../geo/placeInstallations';

/** The installations with everything derived per data change, always from one and the same list. */
export interface PreparedInstallations {
  installations: Installation[];
  columns: InstallationColumns;
  /** The kelurahan (area index) each installation lies in; -1 = outside the region. */
  areaPerInstallation: Int32Array;
  /** `kodes[area]` per installation; null outside the region. */
  actualKode: (string | null)[];
}

export interface PrepareOptions extends SliceOptions {
  /** Rows per slice; the page gets the main thread back between slices. */
  sliceSize?: number;
}

/** Rows per slice: ~20–40 ms of work at 20,000, well under the 200 ms a task may take. */
export const PREPARE_SLICE = 20_000;

/** Fills rows `start`..`end` of the columns and the area per installation: one slice of work. */
function prepareRange(installations: Installation[], areaIndex: AreaIndex, columns: InstallationColumns, areaPerInstallation: Int32Array, start: number, end: number): void {
  fillColumns(columns, installations, start, end);
  areaPerInstallation.set(assignToAreas(areaIndex, columns.lng.subarray(start, end), columns.lat.subarray(start, end)), start);
}

/** The synchronous version, for lists that fit in one slice (the demo's 44 rows need no yielding). */
export function prepareNow(installations: Installation[], areaIndex: AreaIndex, kodes: readonly string[]): PreparedInstallations {
  const columns = createColumns(installations.length);
  const areaPerInstallation = new Int32Array(installations.length);
  prepareRange(installations, areaIndex, columns, areaPerInstallation, 0, installations.length);
  return { installations, columns, areaPerInstallation, actualKode: kodesOfAreas(areaPerInstallation, kodes) };
}

/**
 * Columns and point-in-polygon per installation, in slices: at 100,000
 * installations doing it in one go is a ~150–250 ms main-thread task on load
 * (the page cannot respond meanwhile); in slices each task stays near 30 ms.
 * Resolves undefined when `signal` aborts (a newer list arrived). A row the
 * schema would reject rejects the promise with a message naming it.
 */
export async function prepareInstallations(
  installations: Installation[], areaIndex: AreaIndex, kodes: readonly string[], options: PrepareOptions = {},
): Promise<PreparedInstallations | undefined> {
  const columns = createColumns(installations.length);
  const areaPerInstallation = new Int32Array(installations.length);
  const finished = await inSlices(installations.length, options.sliceSize ?? PREPARE_SLICE,
    (start, end) => prepareRange(installations, areaIndex, columns, areaPerInstallation, start, end), options);
  if (!finished) return undefined;
  return { installations, columns, areaPerInstallation, actualKode: kodesOfAreas(areaPerInstallation, kodes) };
}
