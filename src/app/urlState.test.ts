import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, parseViewState, serializeViewState, type ViewState } from './urlState';

describe('view state in the URL', () => {
  it('round-trips every field', () => {
    const state: ViewState = {
      view: 'dashboard',
      selected: '21.71.06.1004',
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
    };
    expect(parseViewState(serializeViewState(state))).toEqual(state);
  });

  it('writes nothing for the default view', () => {
    expect(serializeViewState(DEFAULT_VIEW_STATE)).toBe('');
    expect(parseViewState('')).toEqual(DEFAULT_VIEW_STATE);
  });

  it('ignores malformed parameters instead of failing', () => {
    const state = parseViewState('?view=nope&type=baliho,billboard&from=31/02/2026&map=1,2&kel=<script>&state=x');
    expect(state.view).toBe('map');
    expect(state.types).toEqual(['baliho']);
    expect(state.from).toBeUndefined();
    expect(state.map).toBeUndefined();
    expect(state.selected).toBeUndefined();
    expect(state.state).toBe('all');
  });

  it('drops print=false from the URL, so closing the print view gives back the plain link', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, view: 'dashboard', print: false })).toBe('?view=dashboard');
    expect(parseViewState('?view=dashboard&print=yes').print).toBeUndefined();
  });
});
