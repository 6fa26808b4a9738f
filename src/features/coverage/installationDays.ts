import { INSTALLATION_STATUSES, INSTALLATION_TYPES, type Installation, type InstallationStatus, type InstallationType } from '../../data/installation';

// Per-installation day numbers, computed once per data change so that the
// dashboard series (KPIs, progress over time) compare integers on every filter
// change instead of parsing or comparing date strings 100,000 times.
// Cost: one Date.parse per date, ~20 ms for 100,000 installations, paid on load.

const dayMilliseconds = 86_400_000;
/** `removed` value of an installation without a removal date: later than any real day. */
export const NO_REMOVAL = 2_147_483_647;

/** Days since 1970-01-01 (UTC) of a YYYY-MM-DD date; orders exactly like the ISO strings. */
export const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / dayMilliseconds;
/** The YYYY-MM-DD date of a day number. */
export const dayDate = (day: number): string => new Date(day * dayMilliseconds).toISOString().slice(0, 10);

export interface InstallationDays {
  installed: Int32Array;
  /** NO_REMOVAL when the installation has no removal date. */
  removed: Int32Array;
  /** Index into INSTALLATION_STATUSES of the recorded status. */
  status: Uint8Array;
  /** Index into INSTALLATION_TYPES of the material type. */
  type: Uint8Array;
}

const typeCode = new Map<InstallationType, number>(INSTALLATION_TYPES.map((type, code) => [type, code]));
const statusCode = new Map<InstallationStatus, number>(INSTALLATION_STATUSES.map((status, code) => [status, code]));
export const DILEPAS = statusCode.get('dilepas')!;
const TERPASANG = statusCode.get('terpasang')!;

export function installationDays(items: ReadonlyArray<Pick<Installation, 'type' | 'status' | 'installedAt' | 'removedAt'>>): InstallationDays {
  const installed = new Int32Array(items.length);
  const removed = new Int32Array(items.length);
  const status = new Uint8Array(items.length);
  const type = new Uint8Array(items.length);
  items.forEach((item, index) => {
    installed[index] = dayNumber(item.installedAt);
    removed[index] = item.removedAt === undefined ? NO_REMOVAL : dayNumber(item.removedAt);
    status[index] = statusCode.get(item.status)!;
    type[index] = typeCode.get(item.type)!;
  });
  return { installed, removed, status, type };
}

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
    const index = indexes[position]!;
    if (days.installed[index]! > asOfDay) continue;
    const removed = days.removed[index]!;
    const recorded = days.status[index]!;
    // Mirrors statusOn: removed by asOf → dilepas; dilepas with a later removal date was still up.
    const code = removed <= asOfDay ? DILEPAS : recorded === DILEPAS && removed !== NO_REMOVAL ? TERPASANG : recorded;
    counts[code]!++;
    count++;
  }
  const byStatus = Object.fromEntries(INSTALLATION_STATUSES.map((status, code) => [status, counts[code]!])) as Record<InstallationStatus, number>;
  return { byStatus, count };
}
