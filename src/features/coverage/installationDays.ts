import { INSTALLATION_STATUSES, INSTALLATION_TYPES, type InstallationStatus, type InstallationType } from '../../domain/installation';
import { dayNumber, statusCodeOn, type InstallationColumns } from '../../geo/installationColumns';

// The dashboard series read the installations as the shared typed-array columns
// (src/geo/installationColumns.ts, built once per data change in useCoverageModel):
// per filter change they compare integers, never date strings or objects.

export { DILEPAS, NO_REMOVAL, dayDate, dayNumber } from '../../geo/installationColumns';

/** What the series read per installation: day numbers and type/status codes. */
export type InstallationDays = Pick<InstallationColumns, 'installed' | 'removed' | 'status' | 'type'>;

/** Kept installations per material type, in INSTALLATION_TYPES order, from the type codes (no object reads). */
export function typeCountsOf(days: InstallationDays, indexes: Uint32Array): Record<InstallationType, number> {
  const counts = new Uint32Array(INSTALLATION_TYPES.length);
  for (let position = 0; position < indexes.length; position++) counts[days.type[indexes[position]!]!]!++;
  return Object.fromEntries(INSTALLATION_TYPES.map((type, code) => [type, counts[code]!])) as Record<InstallationType, number>;
}

/**
 * Kept installations by their status on `asOf`, the same rule as `statusOn`
 * (those put up after `asOf` are left out), in one integer pass.
 */
export function statusCountsOn(days: InstallationDays, indexes: Uint32Array, asOf: string): { byStatus: Record<InstallationStatus, number>; count: number } {
  const asOfDay = dayNumber(asOf);
  const counts = new Uint32Array(INSTALLATION_STATUSES.length);
  let count = 0;
  for (let position = 0; position < indexes.length; position++) {
    const code = statusCodeOn(days, indexes[position]!, asOfDay);
    if (code === -1) continue;
    counts[code]!++;
    count++;
  }
  const byStatus = Object.fromEntries(INSTALLATION_STATUSES.map((status, code) => [status, counts[code]!])) as Record<InstallationStatus, number>;
  return { byStatus, count };
}
