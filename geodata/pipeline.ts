import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { area } from '@turf/area';
import type { Feature, FeatureCollection } from 'geojson';
import type { GeodataIndex, KelurahanProperties, RegionEntry } from '../src/domain/region';
import { BORDER_TOLERANCE_METERS, findNeighbors } from '../src/geo/index';
import { type DissolvedLayer, dissolveLayer, dumpAreaWarningPercent } from './derivedLayers';
import { checkGazetteer, formatGazetteerReport, isCleanReport, loadGazetteer, niceCase } from './gazetteer';
import { type AreaGeometry, countSelfIntersections, normaliseGeometry, validateGeometry } from './geometry';
import { labelPoint } from './labelPoint';
import { type BoundaryRow, parseSql } from './parseSql';
import { readIndex, mergeIndex, regionBbox } from './outputIndex';
import { simplifyLayer } from './simplify';
import { snapLayer } from './snap';
import { readManifest, regionSourcePaths, resolveSource, type ResolvedSource } from './sources';
import { regionOutputFiles } from './staleness';

export interface BuildOptions {
  region: string;
  out: string;
  source?: string | undefined;
  environmentDirectory?: string | undefined;
  /** Report gazetteer differences as warnings instead of failing (for regions the gazetteer lags). */
  lenient?: boolean;
  /** Defaults to `kelurahanGzipBudgetBytes`. */
  gzipBudgetBytes?: number;
  log?: (line: string) => void;
}

/** Kelurahan layer budget: the map downloads it on first paint. */
export const kelurahanGzipBudgetBytes = 100 * 1024;
/** Borders closer than this are made to share vertices before simplifying (the engine's shared-border tolerance). */
export const snapToleranceMeters = BORDER_TOLERANCE_METERS;
/** Every simplified area stays within this percentage of its source area. */
export const maxAreaChangePercent = 1;

export async function buildRegion(options: BuildOptions): Promise<RegionEntry> {
  const started = performance.now();
  const log = options.log ?? ((line: string) => console.log(line));
  const manifest = readManifest();
  const paths = regionSourcePaths(options.region);
  const resolveOptions = { source: options.source, environmentDirectory: options.environmentDirectory };
  if (options.source && existsSync(options.source) && statSync(options.source).isFile()) {
    const names = Object.values(paths).map((path) => basename(path));
    if (!names.includes(basename(options.source))) throw new Error(`--source ${options.source}: a single file must be named like the upstream dump it replaces (${names.join(', ')})`);
  }
  const sources: ResolvedSource[] = [];
  for (const path of [paths.kelurahan, paths.kecamatan, paths.kota]) sources.push(await resolveSource(path, manifest, resolveOptions));
  const [kelurahanSource, kecamatanSource, kotaSource] = sources as [ResolvedSource, ResolvedSource, ResolvedSource];
  for (const source of sources) log(`source: ${source.path} ← ${source.location}${source.pinned ? ' (sha256 ok)' : ' (unpinned)'}`);

  const prefix = `${options.region}.`;
  const kelurahanRows = parseSql(kelurahanSource.text, kelurahanSource.location).filter((row) => row.kode.startsWith(prefix) && row.kode.length === 13);
  const kecamatanRows = parseSql(kecamatanSource.text, kecamatanSource.location).filter((row) => row.kode.startsWith(prefix) && row.kode.length === 8);
  const kotaRow = parseSql(kotaSource.text, kotaSource.location).find((row) => row.kode === options.region);
  if (kelurahanRows.length === 0) throw new Error(`${kelurahanSource.location}: no kelurahan rows with code ${prefix}*`);
  if (!kotaRow) throw new Error(`${kotaSource.location}: no row for kota/kabupaten ${options.region}`);

  const gazetteer = await loadGazetteer();
  const report = checkGazetteer(options.region, kelurahanRows, gazetteer.villages);
  log(formatGazetteerReport(report));
  if (!isCleanReport(report) && (!options.lenient || report.duplicates.length > 0)) {
    throw new Error(`gazetteer check failed for ${options.region} (see above; --lenient downgrades missing/extra/misspelt names to warnings)`);
  }
  const districtNames = new Map(gazetteer.districts.map((district) => [district.code, niceCase(district.name)]));
  const regency = gazetteer.regencies.find((item) => item.code === options.region);
  const kotaName = regency ? niceCase(regency.name) : kotaRow.nama;

  const kelurahanLayer = buildLayer('kelurahan', kelurahanRows);
  // Kecamatan and kota outlines: codes from the dumps, geometry union of its simplified kelurahan
  // (the dumps' own outlines are far coarser; see derivedLayers.ts).
  const kelurahanCodes = kelurahanRows.map((row) => row.kode);
  const kecamatanLayer = dissolveLayer('kecamatan', kecamatanRows, kelurahanCodes, kelurahanLayer, maxAreaChangePercent);
  const boundaryLayer = dissolveLayer('kota', [kotaRow], kelurahanCodes, kelurahanLayer, maxAreaChangePercent);

  const sourceFeatures = kelurahanRows.map((row, index) => ({
    type: 'Feature' as const,
    properties: { kode: row.kode },
    geometry: kelurahanLayer.source[index] as AreaGeometry,
  }));
  const adjacencyStarted = performance.now();
  const neighbors = findNeighbors(sourceFeatures);
  const adjacencyMilliseconds = performance.now() - adjacencyStarted;

  const kelurahanFeatures: Feature<AreaGeometry, KelurahanProperties>[] = kelurahanRows.map((row, index) => {
    const geometry = kelurahanLayer.simplified[index] as AreaGeometry;
    const kecamatanKode = row.kode.slice(0, 8);
    return {
      type: 'Feature',
      id: index,
      properties: {
        kode: row.kode,
        nama: row.nama,
        kecamatanKode,
        kecamatan: districtNames.get(kecamatanKode) ?? kecamatanRows.find((item) => item.kode === kecamatanKode)?.nama ?? kecamatanKode,
        kotaKode: options.region,
        kota: kotaName,
        areaKm2: Math.round(area(kelurahanLayer.source[index] as AreaGeometry) / 1000) / 1000,
        labelPoint: labelPoint(geometry),
        neighbors: neighbors[index] ?? [],
      },
      geometry,
    };
  });
  const kecamatanFeatures = kecamatanRows.map((row, index) => ({
    type: 'Feature' as const,
    id: index,
    properties: { kode: row.kode, nama: districtNames.get(row.kode) ?? row.nama },
    geometry: kecamatanLayer.simplified[index] as AreaGeometry,
  }));
  const boundaryFeatures = [{ type: 'Feature' as const, id: 0, properties: { kode: kotaRow.kode, nama: kotaName }, geometry: boundaryLayer.simplified[0] as AreaGeometry }];

  const out = resolve(options.out);
  const files = regionOutputFiles(options.region);
  mkdirSync(join(out, options.region), { recursive: true });
  // Serialise and measure everything first: a build over budget must leave no fresh-looking outputs
  // behind, or the next `--if-stale` would take them as up to date.
  const texts = [
    [files.kelurahan, kelurahanFeatures],
    [files.kecamatan, kecamatanFeatures],
    [files.boundary, boundaryFeatures],
  ].map(([file, features]) => {
    const text = JSON.stringify({ type: 'FeatureCollection', features } as FeatureCollection);
    return { file: file as string, text, gzip: gzipSync(text, { level: 9 }).length };
  });
  const sizes = texts.map(({ file, text, gzip }) => `  ${file}: ${kib(text.length)} raw, ${kib(gzip)} gzip`);
  const kelurahanGzip = texts[0]?.gzip ?? 0;
  const budget = options.gzipBudgetBytes ?? kelurahanGzipBudgetBytes;
  if (kelurahanGzip > budget) {
    log(`files (not written):\n${sizes.join('\n')}`);
    throw new Error(`${files.kelurahan} would be ${kib(kelurahanGzip)} gzipped, over the ${kib(budget)} budget`);
  }
  for (const { file, text } of texts) writeAtomically(join(out, file), text);

  const entry: RegionEntry = {
    code: options.region,
    name: kotaName,
    bbox: regionBbox(kelurahanFeatures.map((item) => item.geometry)),
    counts: { kecamatan: kecamatanFeatures.length, kelurahan: kelurahanFeatures.length },
    files,
    source: {
      repository: manifest.repository,
      commit: manifest.commit,
      license: manifest.license,
      files: sources.map((source) => ({ path: source.path, sha256: source.sha256 })),
    },
    builtAt: new Date().toISOString(),
  };
  const index: GeodataIndex = mergeIndex(readIndex(join(out, 'index.json')), entry);
  writeAtomically(join(out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);

  log(`region ${entry.code} ${entry.name}: ${entry.counts.kelurahan} kelurahan, ${entry.counts.kecamatan} kecamatan`);
  log(`neighbours: ${neighbors.reduce((sum, list) => sum + list.length, 0) / 2} pairs (${adjacencyMilliseconds.toFixed(0)} ms)`);
  log(describeLayer(kelurahanLayer));
  for (const layer of [kecamatanLayer, boundaryLayer]) log(describeDissolved(layer));
  log(`files in ${out}:\n${sizes.join('\n')}`);
  log(`time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return entry;
}

interface Layer {
  name: string;
  source: AreaGeometry[];
  simplified: AreaGeometry[];
  maxAreaChangePercent: number;
  collapsedRings: number;
  snappedVertices: number;
  insertedVertices: number;
  revertedFeatures: number;
  sourceVertices: number;
  outputVertices: number;
}

/** Normalises (winding, closure), simplifies as one topology, and validates every output geometry. */
function buildLayer(name: string, rows: BoundaryRow[]): Layer {
  const source = rows.map((row) => normaliseGeometry(row.geometry, 12).geometry);
  const snap = snapLayer(source, snapToleranceMeters);
  const snapped = snap.geometries.map((geometry) => normaliseGeometry(geometry, 12).geometry);
  const result = simplifyLayer(snapped, maxAreaChangePercent, source);
  const problems: string[] = [];
  result.geometries.forEach((geometry, index) => {
    const row = rows[index] as BoundaryRow;
    for (const problem of validateGeometry(geometry)) problems.push(`${name} ${row.kode}: ${problem}`);
    const sourceArea = area(source[index] as AreaGeometry);
    const change = (Math.abs(area(geometry) - sourceArea) / sourceArea) * 100;
    if (!(change < maxAreaChangePercent)) problems.push(`${name} ${row.kode}: area changed by ${change.toFixed(3)} % (limit ${maxAreaChangePercent} %)`);
    const before = countSelfIntersections(source[index] as AreaGeometry);
    const after = countSelfIntersections(geometry);
    if (after > before) problems.push(`${name} ${row.kode}: simplification introduced self-intersections (${before} → ${after})`);
  });
  if (problems.length > 0) throw new Error(`invalid ${name} geometry:\n  ${problems.join('\n  ')}`);
  return {
    name,
    source,
    simplified: result.geometries,
    maxAreaChangePercent: result.maxAreaChangePercent,
    collapsedRings: result.collapsedRings,
    snappedVertices: snap.snapped,
    insertedVertices: snap.inserted,
    revertedFeatures: snap.reverted,
    sourceVertices: countVertices(source),
    outputVertices: countVertices(result.geometries),
  };
}

/** A dev server reading public/geodata mid-build must never see half a file: write beside, then rename. */
function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

function describeLayer(layer: Layer): string {
  const unsnapped = layer.revertedFeatures ? ` (${layer.revertedFeatures} left unsnapped)` : '';
  const islets = layer.collapsedRings ? `, ${layer.collapsedRings} islet ring(s) below tolerance removed` : '';
  return (
    `simplify ${layer.name}: snapped ${layer.snappedVertices} + inserted ${layer.insertedVertices} vertices within ${snapToleranceMeters} m${unsnapped}, ` +
    `${layer.sourceVertices} → ${layer.outputVertices} vertices, max area change ${layer.maxAreaChangePercent.toFixed(3)} %${islets}`
  );
}

function describeDissolved(layer: DissolvedLayer): string {
  const slivers = `${layer.filledSlivers.count} sliver hole(s) between kelurahan filled (${(layer.filledSlivers.squareMeters / 1e4).toFixed(2)} ha)`;
  const lines = [`${layer.name}: union of its simplified kelurahan, ${countVertices(layer.simplified)} vertices, ${slivers}, max area change ${layer.maxAreaChangePercent.toFixed(3)} %`];
  if (layer.warnings.length > 0) lines.push(`  warning: the ${layer.name} dump's own outline differs from its kelurahan by more than ${dumpAreaWarningPercent} % (not used):`, ...layer.warnings.map((line) => `    ${line}`));
  return lines.join('\n');
}

function countVertices(geometries: AreaGeometry[]): number {
  return geometries.reduce((sum, geometry) => sum + JSON.stringify(geometry.coordinates).split('],[').length, 0);
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
