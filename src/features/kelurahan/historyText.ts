import { formatDate, formatDateTime, formatNumber } from '../../components/format';
import type { HistoryEntry } from '../../domain/installationHistory';

/** Translates a key of the `planner` namespace (other namespaces as `map:…`), as i18next's `t` does. */
export type Translate = (key: string, params?: Record<string, string>) => string;

export interface HistoryTextContext {
  t: Translate;
  language: string;
  /** The kelurahan's name for a code, when the region knows it. */
  kelurahanName(kode: string): string | undefined;
  /** The demo rows' stored note, said in the UI's language like everywhere else. */
  demoNote?: { stored: string; shown: string };
}

/** One entry in words: what changed (one line per field, empty for whole-row actions) and who did it when. */
export interface HistoryEntryText {
  changes: string[];
  summary: string;
}

/** Fields said together: a move changes lat and lng at once and reads as one place. */
const POINT_FIELDS = new Set(['lat', 'lng']);
/** The order a reader expects: what it is and its state first, bookkeeping last. */
const FIELD_ORDER = ['type', 'status', 'installedAt', 'removedAt', 'point', 'kelurahanKode', 'locatedKelurahanKode', 'notes', 'photoUrl', 'source'];
/** ~1 m at the equator: finer digits are GPS noise, coarser ones hide a real correction. */
const COORDINATE_DIGITS = 5;
const NOTE_LENGTH = 60;

/** The server sends oldest first; the panel reads newest first. */
export function newestFirst(entries: readonly HistoryEntry[]): HistoryEntry[] {
  return [...entries].reverse();
}

/** `rina`, an API token by its name, or the server itself. */
function whoText(user: string, { t }: HistoryTextContext): string {
  if (user === 'system') return t('history.system');
  if (user.startsWith('token:')) return t('history.token', { name: user.slice('token:'.length) });
  return user;
}

function absent(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

function valueText(field: string, value: unknown, context: HistoryTextContext): string {
  const { t, language } = context;
  if (absent(value)) return t('history.blank');
  const text = String(value);
  switch (field) {
    case 'type':
      return t(`map:type.${text}`);
    case 'status':
      return t(`map:status.${text}`);
    case 'source':
      return t(`history.source.${text}`);
    case 'installedAt':
    case 'removedAt':
      return formatDate(text, language);
    case 'kelurahanKode':
    case 'locatedKelurahanKode':
      return context.kelurahanName(text) ?? text;
    case 'notes': {
      const shown = context.demoNote && text === context.demoNote.stored ? context.demoNote.shown : text;
      return `«${shown.length > NOTE_LENGTH ? `${shown.slice(0, NOTE_LENGTH - 1)}…` : shown}»`;
    }
    default:
      return typeof value === 'number' ? formatNumber(value, language, COORDINATE_DIGITS) : text;
  }
}

/** A point before or after a move; the other coordinate is the same on both sides when only one changed. */
function pointText(lat: unknown, lng: unknown, context: HistoryTextContext): string {
  if (typeof lat !== 'number' || typeof lng !== 'number') return context.t('history.blank');
  const coordinate = (value: number) => formatNumber(value, context.language, COORDINATE_DIGITS);
  // Not `lng`: i18next reads that option as the language.
  return context.t('history.point', { latitude: coordinate(lat), longitude: coordinate(lng) });
}

function changeLines(changes: HistoryEntry['changes'], context: HistoryTextContext): string[] {
  const { t } = context;
  const lines = new Map<string, string>();
  const fieldLabel = (field: string) => (FIELD_ORDER.includes(field) ? t(`history.field.${field}`) : field);
  for (const [field, [before, after]] of Object.entries(changes)) {
    if (POINT_FIELDS.has(field)) continue;
    lines.set(field, t('history.change', { field: fieldLabel(field), before: valueText(field, before, context), after: valueText(field, after, context) }));
  }
  if (changes.lat || changes.lng) {
    // A coordinate that did not change is not in `changes`: it is unknown here, so only the changed one is said.
    const [latBefore, latAfter] = changes.lat ?? [];
    const [lngBefore, lngAfter] = changes.lng ?? [];
    const both = changes.lat && changes.lng;
    lines.set(
      'point',
      both
        ? t('history.change', { field: fieldLabel('point'), before: pointText(latBefore, lngBefore, context), after: pointText(latAfter, lngAfter, context) })
        : t('history.change', {
            field: t(`history.field.${changes.lat ? 'lat' : 'lng'}`),
            before: valueText('lat', changes.lat ? latBefore : lngBefore, context),
            after: valueText('lat', changes.lat ? latAfter : lngAfter, context),
          }),
    );
  }
  const rank = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);
  return [...lines.entries()].sort(([a], [b]) => rank(a) - rank(b)).map(([, line]) => line);
}

/**
 * `Status: Terpasang → Rusak` and `oleh rina, 3 Des 2026, 10.12` (the time in Batam, WIB);
 * a create, import, delete or restore is said as what happened: `Dihapus oleh rina, …`.
 */
export function historyEntryText(entry: HistoryEntry, context: HistoryTextContext): HistoryEntryText {
  const params = { user: whoText(entry.user, context), at: formatDateTime(entry.at, context.language) };
  if (entry.action !== 'update') return { changes: [], summary: context.t(`history.action.${entry.action}`, params) };
  const changes = changeLines(entry.changes, context);
  return { changes, summary: context.t(changes.length > 0 ? 'history.by' : 'history.action.update', params) };
}
