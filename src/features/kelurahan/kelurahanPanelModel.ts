import type { Installation, InstallationStatus, InstallationType } from '../../domain/installation';
import type { KelurahanCoverage } from '../../geo/computeCoverage';
import { installationOn } from '../../geo/installationsAsOf';
import type { KelurahanProperties } from '../../domain/region';

export interface NeighbourView {
  kode: string;
  nama: string;
  covered: boolean;
}

export interface PanelInstallation {
  id: string;
  type: InstallationType;
  status: InstallationStatus;
  installedAt: string;
  removedAt?: string;
  notes: string;
  lng: number;
  lat: number;
}

export interface KelurahanPanelModel {
  kode: string;
  nama: string;
  kecamatan: string;
  areaKm2: number;
  covered: boolean;
  byType: Record<InstallationType, number>;
  byStatus: Record<InstallationStatus, number>;
  neighbours: NeighbourView[];
  /** Every installation put up in this kelurahan (by its point) by the as-of date, as it stood then, newest first. */
  installations: PanelInstallation[];
}

export interface PanelInput {
  properties: KelurahanProperties;
  coverage?: KelurahanCoverage;
  propertiesByKode: ReadonlyMap<string, KelurahanProperties>;
  coveredKodes: ReadonlySet<string>;
  installations: readonly Installation[];
  actualKode: readonly (string | null | undefined)[];
  /** The date the panel describes: later installations are left out, and each shows its status then. */
  asOf: string;
}

const emptyByType = (): Record<InstallationType, number> => ({ baliho: 0, spanduk: 0, banner: 0, poster: 0 });
const emptyByStatus = (): Record<InstallationStatus, number> => ({ terpasang: 0, rusak: 0, dilepas: 0 });

/** What the side panel shows about one kelurahan; counts come from the coverage engine, as of its date. */
export function buildKelurahanPanel(input: PanelInput): KelurahanPanelModel {
  const { properties } = input;
  const installations: PanelInstallation[] = [];
  input.installations.forEach((installation, index) => {
    if (input.actualKode[index] !== properties.kode) return;
    const then = installationOn(installation, input.asOf);
    if (!then) return;
    const { id, type, status, installedAt, removedAt, notes, lng, lat } = then;
    installations.push({ id, type, status, installedAt, ...(removedAt ? { removedAt } : {}), notes, lng, lat });
  });
  installations.sort((a, b) => (a.installedAt < b.installedAt ? 1 : a.installedAt > b.installedAt ? -1 : a.id.localeCompare(b.id)));
  return {
    kode: properties.kode,
    nama: properties.nama,
    kecamatan: properties.kecamatan,
    areaKm2: properties.areaKm2,
    covered: input.coverage?.covered ?? false,
    byType: { ...emptyByType(), ...input.coverage?.byType },
    byStatus: { ...emptyByStatus(), ...input.coverage?.byStatus },
    neighbours: properties.neighbors
      .map((kode) => ({ kode, nama: input.propertiesByKode.get(kode)?.nama ?? kode, covered: input.coveredKodes.has(kode) }))
      .sort((a, b) => a.nama.localeCompare(b.nama, 'id')),
    installations,
  };
}

/** The panel lists a kelurahan's installations this many at a time: thousands of rows took seconds to draw. */
export const PANEL_LIST_PAGE = 50;

/**
 * How many of `total` installations (newest first) the panel lists: the pages asked for
 * (`pages` × `PANEL_LIST_PAGE`), grown by whole pages to reach every index in `mustShow`
 * (the one picked on the map, the one whose correction just closed; -1 for none).
 */
export function panelListLength(total: number, pages: number, mustShow: readonly number[] = []): number {
  const reach = Math.max(-1, ...mustShow);
  const needed = Math.max(pages, Math.floor(reach / PANEL_LIST_PAGE) + 1);
  return Math.min(total, needed * PANEL_LIST_PAGE);
}
