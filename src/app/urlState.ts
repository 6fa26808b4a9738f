import { useCallback, useEffect, useRef, useState } from 'react';
import {
  INSTALLATION_STATUSES,
  INSTALLATION_TYPES,
  type InstallationStatus,
  type InstallationType,
} from '../domain/installation';
import { isIsoDate } from '../geo/installationColumns';
import { MAX_WEIGHT } from '../geo/rankCandidates';
import { formatPosition, parsePosition, type MapPosition } from '../data/mapPosition';
import type { RowQuery } from '../components/rowQuery';
import { parseTableQuery, writeTableQuery } from './tableQueryParams';

// Shareable view state lives in the URL (STYLE.md habit 7): copy a link, open it
// elsewhere, see the same view; back/forward walk through it.

export const VIEWS = ['map', 'dashboard', 'data'] as const;
/** The admin page: a view like the others, but its tab shows for admins only. */
export const ADMIN_VIEW = 'users';
export type View = (typeof VIEWS)[number] | typeof ADMIN_VIEW;
export const AREA_STATES = ['all', 'covered', 'uncovered', 'recommended'] as const;
export type AreaStateFilter = (typeof AREA_STATES)[number];

export interface ViewState {
  view: View;
  /** Selected kelurahan kode. */
  selected?: string;
  /** Id of the installation being corrected on the map (its form open). */
  edit?: string;
  /** Kecamatan kode filter; empty = all. */
  kecamatan: string[];
  state: AreaStateFilter;
  types: InstallationType[];
  statuses: InstallationStatus[];
  /** installedAt range, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
  /** Coverage as of this date; absent = today. */
  asOf?: string;
  map?: MapPosition;
  lang: 'id' | 'en';
  /** The dashboard shows its printable A4 summary instead of the interactive page. */
  print?: boolean;
  /**
   * The planner's ranking weights by factor key (`w=frontier:3,distance:2,…`) and how many
   * uncovered kelurahan are marked as next targets (`top`): a link shows the ranking it was
   * made with. Absent: the planner's own (stored) choice.
   */
  weights?: Record<string, number>;
  /** Factor-file columns ranked lower-is-better (`lower=`); the other columns the link weighs rank higher-is-better. */
  lower?: string[];
  topN?: number;
  /** The data view's tables: search, sort and column filters (`iq`/`isort`/`if`, `kq`/`ksort`/`kf`); absent = none. */
  installationQuery?: RowQuery;
  kelurahanQuery?: RowQuery;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: 'map',
  kecamatan: [],
  state: 'all',
  types: [],
  statuses: [],
  lang: 'id',
};

const KODE = /^[\d.]+$/;
const INSTALLATION_ID = /^[\w.:-]{1,200}$/;

function pick<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  return value.split(',').flatMap((item) => pick(item, allowed) ?? []);
}

/** Most factors a link may carry: the built-ins and the columns of a factor file. */
const MAX_WEIGHTS = 50;
const MAX_TOP_N = 1_000;

/** `frontier:3,attribute%3Abpu:1` → `{ frontier: 3, 'attribute:bpu': 1 }`; a malformed pair (or a weight outside the sliders' 0–5) is left out, and no pair at all is undefined. */
export function parseWeights(value: string | null): Record<string, number> | undefined {
  if (!value) return undefined;
  const weights: Record<string, number> = {};
  for (const pair of value.split(',').slice(0, MAX_WEIGHTS)) {
    const colon = pair.lastIndexOf(':');
    const key = colon > 0 ? decoded(pair.slice(0, colon)) : undefined;
    const text = pair.slice(colon + 1);
    const weight = Number(text);
    if (key && text !== '' && Number.isFinite(weight) && weight >= 0 && weight <= MAX_WEIGHT) weights[key] = weight;
  }
  return Object.keys(weights).length ? weights : undefined;
}

/** `bpu,kepadatan%2C2025` → `['bpu', 'kepadatan,2025']`; broken escapes and empty names are left out. */
export function parseColumns(value: string | null): string[] | undefined {
  if (!value) return undefined;
  const columns = value.split(',').slice(0, MAX_WEIGHTS).flatMap((item) => decoded(item) || []);
  return columns.length ? columns : undefined;
}

function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined; // a broken escape
  }
}

export function formatWeights(weights: Readonly<Record<string, number>>): string {
  return Object.entries(weights).map(([key, weight]) => `${encodeURIComponent(key)}:${weight}`).join(',');
}

function date(value: string | null): string | undefined {
  // A real calendar day: an impossible one (2026-02-30) is ignored like any malformed parameter.
  return value && isIsoDate(value) ? value : undefined;
}

/** Unknown or malformed parameters are ignored, never an error: a shared link must always open. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const state: ViewState = {
    view: pick(params.get('view'), [...VIEWS, ADMIN_VIEW]) ?? DEFAULT_VIEW_STATE.view,
    kecamatan: (params.get('kec') ?? '').split(',').filter((kode) => KODE.test(kode)),
    state: pick(params.get('state'), AREA_STATES) ?? 'all',
    types: list(params.get('type'), INSTALLATION_TYPES),
    statuses: list(params.get('status'), INSTALLATION_STATUSES),
    lang: params.get('lang') === 'en' ? 'en' : 'id',
  };
  if (params.get('print') === '1') state.print = true;
  const selected = params.get('kel');
  if (selected && KODE.test(selected)) state.selected = selected;
  const edit = params.get('edit');
  if (edit && INSTALLATION_ID.test(edit)) state.edit = edit;
  const from = date(params.get('from'));
  const to = date(params.get('to'));
  const asOf = date(params.get('asOf'));
  if (from) state.from = from;
  if (to) state.to = to;
  if (asOf) state.asOf = asOf;
  const map = parsePosition(params.get('map'));
  if (map) state.map = map;
  const weights = parseWeights(params.get('w'));
  if (weights) state.weights = weights;
  const lower = parseColumns(params.get('lower'));
  if (lower) state.lower = lower;
  const topN = Number(params.get('top') ?? NaN);
  if (Number.isInteger(topN) && topN >= 1 && topN <= MAX_TOP_N) state.topN = topN;
  const installationQuery = parseTableQuery(params, 'i');
  if (installationQuery) state.installationQuery = installationQuery;
  const kelurahanQuery = parseTableQuery(params, 'k');
  if (kelurahanQuery) state.kelurahanQuery = kelurahanQuery;
  return state;
}

export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.view !== DEFAULT_VIEW_STATE.view) params.set('view', state.view);
  if (state.selected) params.set('kel', state.selected);
  if (state.edit) params.set('edit', state.edit);
  if (state.kecamatan.length) params.set('kec', state.kecamatan.join(','));
  if (state.state !== 'all') params.set('state', state.state);
  if (state.types.length) params.set('type', state.types.join(','));
  if (state.statuses.length) params.set('status', state.statuses.join(','));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.map) params.set('map', formatPosition(state.map));
  if (state.lang !== 'id') params.set('lang', state.lang);
  if (state.print) params.set('print', '1');
  if (state.weights) params.set('w', formatWeights(state.weights));
  if (state.lower?.length) params.set('lower', state.lower.map(encodeURIComponent).join(','));
  if (state.topN !== undefined) params.set('top', String(state.topN));
  writeTableQuery(params, 'i', state.installationQuery);
  writeTableQuery(params, 'k', state.kelurahanQuery);
  // Commas and colons read better unescaped and mean the same; an escaped one inside a key stays escaped (%252C, %253A).
  const text = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return text ? `?${text}` : '';
}

/**
 * The next view state after a change. A new kecamatan choice that does not bring its
 * own map position drops the old one: without a position the map fits what the filter
 * keeps, and the position it settles at is written back (replacing the entry).
 */
export function applyViewPatch(previous: ViewState, patch: Partial<ViewState>): ViewState {
  const next = { ...previous, ...patch };
  if (patch.kecamatan && !('map' in patch) && patch.kecamatan.join(',') !== previous.kecamatan.join(',')) delete next.map;
  return next;
}

export type SetViewState = (patch: Partial<ViewState>, options?: { replace?: boolean }) => void;

/**
 * The view state, read from and written to `location.search`. Map moves use
 * `replace` so panning does not flood the history; everything else pushes, unless
 * the link stays the same (e.g. choosing the kecamatan already chosen).
 */
export function useViewState(): [ViewState, SetViewState] {
  const [state, setState] = useState(() => parseViewState(window.location.search));
  // The state as last written, also before React renders it: changes made in one event build on
  // each other, and the history is written here, once per change, not in a state updater (which
  // React may run twice).
  const latest = useRef(state);

  useEffect(() => {
    const onPopState = () => {
      latest.current = parseViewState(window.location.search);
      setState(latest.current);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback<SetViewState>((patch, options) => {
    const next = applyViewPatch(latest.current, patch);
    latest.current = next;
    const search = serializeViewState(next);
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (options?.replace || search === window.location.search) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    setState(next);
  }, []);

  return [state, update];
}
