import type { InstallationInput, InstallationStatus } from '../../domain/installation';
import type { ColumnMap } from './columns';
import { isValidLatLng, parseAngle, parseCoordinatePair, shouldSwap, type LatLng } from './coordinates';
import { parseDate } from './dates';
import type { Gazetteer } from './kelurahanNames';
import type { SourceRecord } from './readTable';
import type { ImportRegion, MessageParams } from './types';
import { parseStatus, parseType, type ImportField } from './vocabulary';

export interface Finding {
  field: string;
  code: string;
  params: MessageParams;
}

export interface RowContext {
  columns: ColumnMap;
  region: ImportRegion;
  gazetteer: Gazetteer;
  today: string;
}

/** A row's fields as understood, plus what went wrong; location-dependent checks come later. */
export interface Interpretation {
  errors: Finding[];
  warnings: Finding[];
  input?: Omit<InstallationInput, 'kelurahanKode'>;
  /** The kelurahan the file names, resolved against the gazetteer. */
  statedKode?: string;
}

const NOTES_LIMIT = 2000;
const round = (value: number, digits = 6) => Number(value.toFixed(digits));

function readCoordinates(record: SourceRecord, context: RowContext, errors: Finding[]): LatLng | undefined {
  const { columns } = context;
  if (record.point) return record.point;
  const field = (name: ImportField) => columns.nameOf(name);
  if (record.geometryType) {
    errors.push({ field: 'geometry', code: 'geometry_not_point', params: { geometry: record.geometryType } });
    return undefined;
  }
  const latText = columns.cell(record.values, 'lat');
  const lngText = columns.cell(record.values, 'lng');
  const pairText = columns.cell(record.values, 'coordinates');
  if (latText !== '' || lngText !== '') {
    const lat = parseAngle(latText);
    const lng = parseAngle(lngText);
    if (lat === undefined) errors.push({ field: field('lat'), code: latText ? 'coordinates_invalid' : 'coordinates_missing', params: { value: latText } });
    if (lng === undefined) errors.push({ field: field('lng'), code: lngText ? 'coordinates_invalid' : 'coordinates_missing', params: { value: lngText } });
    return lat === undefined || lng === undefined ? undefined : { lat, lng };
  }
  if (pairText !== '') {
    const pair = parseCoordinatePair(pairText);
    if (!pair) errors.push({ field: field('coordinates'), code: 'coordinates_invalid', params: { value: pairText } });
    return pair;
  }
  const missingField = columns.has('coordinates') && !columns.has('lat') ? field('coordinates') : field('lat');
  errors.push({ field: missingField, code: 'coordinates_missing', params: {} });
  return undefined;
}

function readDate(text: string, field: string, today: string, errors: Finding[], missingCode?: string): string | undefined {
  if (text === '') {
    if (missingCode) errors.push({ field, code: missingCode, params: {} });
    return undefined;
  }
  const parsed = parseDate(text);
  if (!parsed.ok) {
    errors.push({ field, code: parsed.reason === 'impossible' ? 'date_impossible' : 'date_invalid', params: { value: text } });
    return undefined;
  }
  if (parsed.date > today) {
    errors.push({ field, code: 'date_future', params: { value: text, today } });
    return undefined;
  }
  return parsed.date;
}

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Reads every field of one row, collecting all problems rather than stopping at the first. */
export function interpretRow(record: SourceRecord, context: RowContext): Interpretation {
  const { columns, today } = context;
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const cell = (field: ImportField) => columns.cell(record.values, field);
  const name = (field: ImportField) => columns.nameOf(field);

  let point = readCoordinates(record, context, errors);
  if (point && shouldSwap(context.region.bbox, point)) {
    point = { lat: point.lng, lng: point.lat };
    warnings.push({ field: name(columns.has('coordinates') && !columns.has('lat') ? 'coordinates' : 'lat'), code: 'coordinates_swapped', params: { latitude: round(point.lat), longitude: round(point.lng) } });
  }
  if (point && !isValidLatLng(point)) {
    errors.push({ field: name('lat'), code: 'coordinates_out_of_range', params: { latitude: point.lat, longitude: point.lng } });
    point = undefined;
  }

  const typeText = cell('type');
  const type = parseType(typeText);
  if (!type) errors.push({ field: name('type'), code: typeText ? 'type_unknown' : 'type_missing', params: { value: typeText } });

  const installedAt = readDate(cell('installedAt'), name('installedAt'), today, errors, 'date_missing');
  const removedText = cell('removedAt');
  const removedAt = readDate(removedText, name('removedAt'), today, errors);

  const statusText = cell('status');
  // A blank status means "still up", unless the row says when it came down.
  let status: InstallationStatus | undefined = statusText ? parseStatus(statusText) : removedText ? 'dilepas' : 'terpasang';
  if (!status) errors.push({ field: name('status'), code: 'status_unknown', params: { value: statusText } });
  if (status === 'dilepas' && !removedText) errors.push({ field: name('removedAt'), code: 'removed_date_missing', params: {} });
  if (status && status !== 'dilepas' && removedText) {
    errors.push({ field: name('removedAt'), code: 'removed_date_with_active_status', params: { status } });
    status = undefined;
  }
  if (installedAt && removedAt && removedAt < installedAt) {
    errors.push({ field: name('removedAt'), code: 'removed_before_installed', params: { removedAt, installedAt } });
  }

  const photoUrl = cell('photoUrl');
  if (photoUrl && !isWebAddress(photoUrl)) errors.push({ field: name('photoUrl'), code: 'photo_url_invalid', params: { value: photoUrl } });
  const notes = cell('notes');
  if (notes.length > NOTES_LIMIT) errors.push({ field: name('notes'), code: 'notes_too_long', params: { length: notes.length, limit: NOTES_LIMIT } });

  const interpretation: Interpretation = { errors, warnings };
  const kodeText = cell('kelurahanKode');
  const nameText = cell('kelurahanName');
  const statedText = kodeText || nameText;
  if (statedText) {
    const match = kodeText ? context.gazetteer.byKode(kodeText) : context.gazetteer.byName(nameText);
    if (match.kind === 'found') interpretation.statedKode = match.kode;
    else {
      const field = kodeText ? name('kelurahanKode') : name('kelurahanName');
      warnings.push({ field, code: match.kind === 'ambiguous' ? 'kelurahan_ambiguous' : 'kelurahan_unknown', params: { value: statedText } });
    }
  }

  if (errors.length === 0 && point && type && installedAt && status) {
    interpretation.input = {
      type,
      lat: point.lat,
      lng: point.lng,
      installedAt,
      status,
      ...(removedAt ? { removedAt } : {}),
      ...(photoUrl ? { photoUrl } : {}),
      notes,
      source: 'import',
    };
  }
  return interpretation;
}
