import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW_STATE, parseViewState, serializeViewState, type ViewState } from './urlState';

describe('table queries in the link', () => {
  it('round-trips search, sort and column filters of both tables, including separators inside the texts', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      view: 'data',
      installationQuery: { search: 'batu selicin', columnFilters: { type: 'baliho', status: 'rusak, dilepas: 2%' }, sort: { column: 'installedAt', descending: true } },
      kelurahanQuery: { search: '', columnFilters: { installations: '>=5', 'attribute:bpu': 'a,b' }, sort: { column: 'nama', descending: false } },
    };
    const search = serializeViewState(state);
    expect(search).toContain('isort=-installedAt');
    expect(search).toContain('ksort=nama');
    expect(parseViewState(search)).toEqual(state);
  });

  it('leaves an empty query out of the link and ignores malformed parts', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW_STATE, installationQuery: { search: '', columnFilters: { type: '  ' } } })).toBe('');
    const parsed = parseViewState('?isort=&if=:x,type:%E0%A4%A,status:rusak&kq=sadai');
    expect(parsed.installationQuery).toEqual({ search: '', columnFilters: { status: 'rusak' } });
    expect(parsed.kelurahanQuery).toEqual({ search: 'sadai', columnFilters: {} });
  });
});
