import type { MultiPolygon, Polygon, Position } from 'geojson';

/** One row of an upstream `wilayah_boundaries` dump, geometry already in GeoJSON `[lng, lat]` order. */
export interface BoundaryRow {
  kode: string;
  nama: string;
  /** Upstream centroid; kept for reference only (it can fall in the sea for island areas). */
  centroid: [number, number];
  geometry: Polygon | MultiPolygon;
  /** 1-based line of the row in the dump, for error messages. */
  line: number;
}

export class SqlParseError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length} malformed row(s):\n  ${problems.join('\n  ')}`);
    this.name = 'SqlParseError';
  }
}

type SqlValue = string | number | null;

const insertPattern = /INSERT\s+INTO\s+`?(\w+)`?\s*\(([^)]*)\)\s*VALUES/gi;

/**
 * Parses every `INSERT INTO ... (kode,nama,lat,lng,path) VALUES (...),(...);` statement of a MySQL dump.
 * A tokenizer (not a line regex) so that quotes escaped as `\'` or `''`, commas and parentheses inside
 * names, and rows spanning lines all parse. Every malformed row is collected and the whole parse fails:
 * silently dropping a kelurahan would make the coverage map lie.
 */
export function parseSql(text: string, file = '<sql>'): BoundaryRow[] {
  const rows: BoundaryRow[] = [];
  const problems: string[] = [];
  const lineStarts = computeLineStarts(text);
  for (const match of text.matchAll(insertPattern)) {
    const columns = (match[2] ?? '').split(',').map((column) => column.trim().replace(/`/g, ''));
    let position = (match.index ?? 0) + match[0].length;
    for (;;) {
      position = skipSpace(text, position);
      const line = lineOf(lineStarts, position);
      if (text[position] !== '(') {
        problems.push(`line ${line}: expected "(" to start a row, found ${describe(text, position)}`);
        break;
      }
      const tuple = readTuple(text, position);
      if ('error' in tuple) {
        const kode = /\(\s*'([^']*)'/.exec(text.slice(position, position + 40))?.[1];
        problems.push(`line ${line}${kode ? ` (kode ${kode})` : ''}: ${tuple.error}`);
        break;
      }
      position = skipSpace(text, tuple.end);
      const result = toRow(columns, tuple.values, line);
      if (typeof result === 'string') problems.push(result);
      else rows.push(result);
      if (text[position] === ',') {
        position += 1;
        continue;
      }
      if (text[position] !== ';') {
        problems.push(`line ${lineOf(lineStarts, position)}: expected "," or ";" after a row, found ${describe(text, position)}`);
      }
      break;
    }
  }
  if (problems.length > 0) throw new SqlParseError(file, problems);
  if (rows.length === 0) throw new SqlParseError(file, ['no INSERT INTO ... VALUES rows found']);
  return rows;
}

function toRow(columns: string[], values: SqlValue[], line: number): BoundaryRow | string {
  const field = (name: string): SqlValue | undefined => values[columns.indexOf(name)];
  const kode = field('kode');
  const where = `line ${line}${typeof kode === 'string' ? ` (kode ${kode})` : ''}`;
  if (values.length !== columns.length) {
    return `${where}: ${values.length} values for ${columns.length} columns (${columns.join(',')})`;
  }
  if (typeof kode !== 'string' || !/^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/.test(kode)) {
    return `${where}: field kode is not an area code: ${JSON.stringify(kode)}`;
  }
  const nama = field('nama');
  if (typeof nama !== 'string' || nama.trim() === '') return `${where}: field nama is empty`;
  const lat = field('lat');
  const lng = field('lng');
  if (typeof lat !== 'number' || typeof lng !== 'number') return `${where}: field lat/lng is not numeric`;
  const path = field('path');
  if (typeof path !== 'string') return `${where}: field path is missing`;
  const geometry = pathToGeometry(path);
  if (typeof geometry === 'string') return `${where}: field path ${geometry}`;
  return { kode, nama: nama.trim(), centroid: [lng, lat], geometry, line };
}

/**
 * Upstream paths nest `[lat, lng]` pairs three deep (one polygon) or four deep (a multipolygon);
 * GeoJSON wants `[lng, lat]`, so every pair is swapped here, once.
 */
export function pathToGeometry(path: string): Polygon | MultiPolygon | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(path);
  } catch (error) {
    return `is not valid JSON (${(error as Error).message})`;
  }
  const depth = nestingDepth(parsed);
  if (depth === 3) {
    const rings = swapRings(parsed);
    return typeof rings === 'string' ? rings : { type: 'Polygon', coordinates: rings };
  }
  if (depth === 4) {
    const polygons: Position[][][] = [];
    for (const [index, polygon] of (parsed as unknown[]).entries()) {
      const rings = swapRings(polygon);
      if (typeof rings === 'string') return `polygon ${index}: ${rings}`;
      polygons.push(rings);
    }
    if (polygons.length === 0) return 'is an empty multipolygon';
    return { type: 'MultiPolygon', coordinates: polygons };
  }
  return `must nest [lat, lng] pairs 3 deep (polygon) or 4 deep (multipolygon), found depth ${depth}`;
}

function nestingDepth(value: unknown): number {
  let depth = 0;
  let current = value;
  while (Array.isArray(current)) {
    depth += 1;
    current = current[0];
  }
  return depth;
}

function swapRings(value: unknown): Position[][] | string {
  if (!Array.isArray(value) || value.length === 0) return 'has a polygon without rings';
  const rings: Position[][] = [];
  for (const [ringIndex, ring] of value.entries()) {
    if (!Array.isArray(ring)) return `ring ${ringIndex} is not an array`;
    const swapped: Position[] = [];
    for (const pair of ring as unknown[]) {
      if (!Array.isArray(pair) || pair.length < 2) return `ring ${ringIndex} has a point that is not a [lat, lng] pair`;
      const [lat, lng] = pair as unknown[];
      if (typeof lat !== 'number' || typeof lng !== 'number' || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
        return `ring ${ringIndex} has an invalid [lat, lng] pair ${JSON.stringify(pair)}`;
      }
      swapped.push([lng, lat]);
    }
    if (swapped.length < 3) return `ring ${ringIndex} has ${swapped.length} points (needs at least 3)`;
    rings.push(swapped);
  }
  return rings;
}

function readTuple(text: string, start: number): { values: SqlValue[]; end: number } | { error: string } {
  const values: SqlValue[] = [];
  let position = start + 1;
  for (;;) {
    position = skipSpace(text, position);
    const character = text[position];
    if (character === undefined) return { error: 'row is not terminated (end of file)' };
    if (character === "'" || character === '"') {
      const read = readString(text, position, character);
      if (read === undefined) return { error: 'unterminated string' };
      values.push(read.value);
      position = read.end;
    } else {
      const token = /^[^,)\s]+/.exec(text.slice(position, position + 64))?.[0];
      if (token === undefined) return { error: `unexpected ${describe(text, position)}` };
      if (/^null$/i.test(token)) values.push(null);
      else if (Number.isFinite(Number(token))) values.push(Number(token));
      else return { error: `value ${JSON.stringify(token)} is neither a quoted string, a number nor NULL` };
      position += token.length;
    }
    position = skipSpace(text, position);
    if (text[position] === ',') position += 1;
    else if (text[position] === ')') return { values, end: position + 1 };
    else return { error: `expected "," or ")" in a row, found ${describe(text, position)}` };
  }
}

const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', '0': '\0', Z: '\x1a' };

/** MySQL string: backslash escapes (`\'`, `\\`, `\n`, ...) and a doubled quote (`''`) both mean one quote. */
function readString(text: string, start: number, quote: string): { value: string; end: number } | undefined {
  let value = '';
  let position = start + 1;
  while (position < text.length) {
    const character = text[position] as string;
    if (character === '\\') {
      const next = text[position + 1];
      if (next === undefined) return undefined;
      value += escapes[next] ?? next;
      position += 2;
    } else if (character === quote) {
      if (text[position + 1] === quote) {
        value += quote;
        position += 2;
      } else {
        return { value, end: position + 1 };
      }
    } else {
      value += character;
      position += 1;
    }
  }
  return undefined;
}

function skipSpace(text: string, position: number): number {
  while (position < text.length && /\s/.test(text[position] as string)) position += 1;
  return position;
}

function describe(text: string, position: number): string {
  return position >= text.length ? 'end of file' : JSON.stringify(text.slice(position, position + 20));
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function lineOf(lineStarts: number[], position: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((lineStarts[middle] as number) <= position) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}
