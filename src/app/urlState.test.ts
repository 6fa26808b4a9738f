import { describe, expect, it } from 'vitest';
import { samePosition } from '../data/mapPosition';
import { applyViewPatch, DEFAULT_VIEW_STATE, parseViewState, serializeViewState, type ViewState } from './urlState';

describe('view state in the URL', () => {
  it('round-trips every field', () => {
    const state: ViewState = {
      view: 'dashboard',
      selected: '21.71.06.1004',
      edit: '3f0c2a4e-5b1d-4c8e-9a7f-1e2d3c4b5a69',
      kecamatan: ['21.71.06', '21.71.09'],
      state: 'uncovered',
      types: ['baliho', 'poster'],
      statuses: ['rusak'],
      from: '2026-03-01',
      to: '2026-10-31',
      asOf: '2026-06-30',
      map: { lng: 104.01234, lat: 1.12345, zoom: 11.5 },
      lang: 'en',
      print: true,
      weights: { frontier: 3, distance: 0, mainIsland: 2, area: 1.5, 'attribute:pekerja, informal: %': 4 },
      lower: ['pekerja, informal: %'],
      topN: 8,
    };
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });

  it('opens the admin page from its link (the tab shows for admins only; the page says so to others)', () => {
    expect(parseViewState('?view=users').view).toBe('users');
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, view: 'users', lang: 'en' })).toBe('?view=users&lang=en');
    expect(parseViewState('?view=admin').view).toBe('map');
  });

  it('writes the ranking weights readably, a factor column escaped', () => {
    const search = serializeViewState({ ...DEFAULT_VIEW_STATE, weights: { frontier: 3, distance: 2, 'attribute:bpu,2025': 1 }, topN: 10 });
    expect(search).toBe('?w=frontier:3,distance:2,attribute%253Abpu%252C2025:1&top=10');
    expect(parseViewState(search).weights).toEqual({ frontier: 3, distance: 2, 'attribute:bpu,2025': 1 });
  });

  it('writes the factor columns ranked lower-is-better, each escaped, and leaves out broken ones', () => {
    const search = serializeViewState({ ...DEFAULT_VIEW_STATE, weights: { 'attribute:jarak,km': 1, 'attribute:bpu': 2 }, lower: ['jarak,km'] });
    expect(search).toBe('?w=attribute%253Ajarak%252Ckm:1,attribute%253Abpu:2&lower=jarak%252Ckm');
    expect(parseViewState(search).lower).toEqual(['jarak,km']);
    expect(parseViewState('?lower=bpu,,%E0%A4%A,pasar').lower).toEqual(['bpu', 'pasar']);
    expect(parseViewState('?lower=,').lower).toBeUndefined();
  });

  it('leaves out a malformed weight, and a weights or Top N parameter with nothing usable', () => {
    expect(parseViewState('?w=frontier:3,distance:-1,area:,:2,mainIsland:x,attribute%253Aa:6,%E0%A4%A:1').weights).toEqual({ frontier: 3 });
    expect(parseViewState('?w=nothing').weights).toBeUndefined();
    for (const top of ['0', '-3', '2.5', 'lima', '100000']) expect(parseViewState(`?top=${top}`).topN, top).toBeUndefined();
  });

  it('writes nothing for the default view', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW_STATE);
  });

  it('ignores malformed parameters instead of failing', () => {
    const state = parseViewState('?view=nope&type=baliho,billboard&from=31/02/2026&map=1,2&kel=<script>&state=x&edit=a%20b');
    expect(state.view).toBe('map');
    expect(state.types).toEqual(['baliho']);
    expect(state.from).toBeUndefined();
    expect(state.map).toBeUndefined();
    expect(state.selected).toBeUndefined();
    expect(state.edit).toBeUndefined();
    expect(state.state).toBe('all');
  });

  it('drops print=false from the URL, so closing the print view gives back the plain link', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, view: 'dashboard', print: false })).toBe('?view=dashboard');
    expect(parseViewState('?view=dashboard&print=yes').print).toBeUndefined();
  });

  it('a position read back from the URL is the same as the camera it was written from', () => {
    const camera = { lng: 104.0123456, lat: 1.1234549, zoom: 11.504 };
    const link = parseViewState(serializeViewState({ ...DEFAULT_VIEW_STATE, map: camera })).map;
    expect(link).toEqual({ lng: 104.01235, lat: 1.12345, zoom: 11.5 });
    expect(samePosition(link, camera)).toBe(true);
    expect(samePosition(link, { ...camera, zoom: 11.52 })).toBe(false);
    expect(samePosition(link, { ...camera, lng: 104.0124 })).toBe(false);
    expect(samePosition(undefined, camera)).toBe(false);
    expect(samePosition(undefined, undefined)).toBe(true);
    // Not a position: empty parts, out of range.
    for (const map of ['1,,104', '12,91,104', '12,1,181', '25,1,104', ',,']) expect(parseViewState(`?map=${map}`).map).toBeUndefined();
  });

  it('a new kecamatan choice drops the map position (the map then fits the filter); other changes keep it', () => {
    const at = { ...DEFAULT_VIEW_STATE, kecamatan: ['21.71.02'], map: { lng: 104, lat: 1.1, zoom: 12 } };
    expect(applyViewPatch(at, { kecamatan: ['21.71.06'] }).map).toBeUndefined();
    expect(applyViewPatch(at, { kecamatan: [] }).map).toBeUndefined();
    expect(applyViewPatch(at, { kecamatan: ['21.71.06'], map: { lng: 104.1, lat: 1, zoom: 13 } }).map).toEqual({ lng: 104.1, lat: 1, zoom: 13 });
    expect(applyViewPatch(at, { kecamatan: ['21.71.02'] }).map).toEqual(at.map);
    expect(applyViewPatch(at, { types: ['baliho'], selected: '21.71.02.1001', view: 'data' })).toEqual({ ...at, types: ['baliho'], selected: '21.71.02.1001', view: 'data' });
    expect(at.map).toBeDefined();
  });
});
