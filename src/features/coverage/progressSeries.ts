import type { CampaignTarget, InstallationInput } from './series';

// Progress over time: cumulative installations, kelurahan covered on each day,
// and the straight target line from campaign start to the target date.

export interface ProgressPoint {
  /** YYYY-MM-DD */
  date: string;
  /** The same date as days since 1970-01-01 (UTC): the chart's numeric time axis, so points sit at their real dates. */
  day: number;
  /** Kept installations put up by this date (removals not subtracted); null after asOf. */
  installations: number | null;
  /** Kept kelurahan with at least one active kept installation on this date; null after asOf. */
  coveredKelurahan: number | null;
  /** Kelurahan the target line asks for by this date. */
  target: number;
}

const dayMilliseconds = 86_400_000;
const toDay = (date: string) => Date.parse(`${date}T00:00:00Z`) / dayMilliseconds;

/**
 * One point per date on which something changed, plus the start, asOf and target
 * dates. An installation is active on [installedAt, removedAt), the same rule as
 * `statusOn`; one marked `dilepas` without a removal date never counts as active.
 * Cost: one sort of the active intervals per kelurahan, ~30 ms for 100,000.
 */
export function progressOverTime(
  installations: InstallationInput,
  keptKelurahan: ReadonlySet<string>,
  targetCount: number,
  target: CampaignTarget,
  asOf: string,
): ProgressPoint[] {
  const installedPerDay = new Map<string, number>();
  // Starts and ends kept in two flat string arrays per kelurahan: no tuple per installation.
  const intervalsByKode = new Map<string, { starts: string[]; ends: (string | null)[] }>();
  const { installations: items, installationIndexes, actualKode } = installations;
  for (let position = 0; position < installationIndexes.length; position++) {
    const index = installationIndexes[position]!;
    const installation = items[index];
    if (!installation || installation.installedAt > asOf) continue;
    const day = installation.installedAt;
    installedPerDay.set(day, (installedPerDay.get(day) ?? 0) + 1);
    const kode = actualKode[index];
    if (!kode || !keptKelurahan.has(kode)) continue;
    if (installation.status === 'dilepas' && installation.removedAt === undefined) continue;
    let intervals = intervalsByKode.get(kode);
    if (!intervals) intervalsByKode.set(kode, (intervals = { starts: [], ends: [] }));
    intervals.starts.push(day);
    intervals.ends.push(installation.removedAt ?? null);
  }

  // Merge each kelurahan's intervals, then turn them into +1/-1 changes per day.
  const coveredChange = new Map<string, number>();
  const change = (date: string, delta: number) => coveredChange.set(date, (coveredChange.get(date) ?? 0) + delta);
  for (const { starts, ends } of intervalsByKode.values()) {
    const order = starts.map((_, position) => position).sort((a, b) => (starts[a]! < starts[b]! ? -1 : starts[a]! > starts[b]! ? 1 : 0));
    let start = starts[order[0]!]!;
    let end = ends[order[0]!]!;
    for (let position = 1; position < order.length; position++) {
      const nextStart = starts[order[position]!]!;
      const nextEnd = ends[order[position]!]!;
      if (end !== null && nextStart > end) {
        change(start, 1);
        change(end, -1);
        [start, end] = [nextStart, nextEnd];
      } else if (end !== null && (nextEnd === null || nextEnd > end)) {
        end = nextEnd;
      }
    }
    change(start, 1);
    if (end !== null) change(end, -1);
  }

  const dates = new Set<string>([target.startDate, asOf, target.date, ...installedPerDay.keys(), ...coveredChange.keys()]);
  const startDay = toDay(target.startDate);
  const span = Math.max(1, toDay(target.date) - startDay);
  let installed = 0;
  let covered = 0;
  return [...dates].sort().map((date) => {
    installed += installedPerDay.get(date) ?? 0;
    covered += coveredChange.get(date) ?? 0;
    const fraction = Math.min(1, Math.max(0, (toDay(date) - startDay) / span));
    const after = date > asOf;
    return {
      date,
      day: toDay(date),
      installations: after ? null : installed,
      coveredKelurahan: after ? null : covered,
      target: Math.round(targetCount * fraction * 10) / 10,
    };
  });
}
