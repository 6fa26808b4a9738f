import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { threeKelurahan } from './fixtures.test-data';
import { KelurahanStates } from './kelurahanStates';
import { FILTERED_OUT_STATE, SOURCE_IDS } from './layers';

const [ONE, TWO, THREE] = threeKelurahan.features.map((feature) => feature.properties.kode) as [string, string, string];

/** A map that records its feature-state calls as `kode key=value`. */
function recordingMap() {
  const calls: string[] = [];
  const map = {
    setFeatureState({ source, id }: { source: string; id: string }, state: Record<string, boolean>) {
      expect(source).toBe(SOURCE_IDS.kelurahan);
      for (const [key, value] of Object.entries(state)) calls.push(`${id} ${key}=${value}`);
    },
  } as unknown as MapLibreMap;
  return { map, calls };
}

describe('KelurahanStates', () => {
  it('gives every kelurahan its filter state with its polygons, then flips only those that change', () => {
    const { map, calls } = recordingMap();
    const states = new KelurahanStates(map);
    states.wantFilteredOut(new Set([ONE]));
    states.initialiseFilter(threeKelurahan);
    expect(calls.splice(0)).toEqual([`${ONE} ${FILTERED_OUT_STATE}=true`, `${TWO} ${FILTERED_OUT_STATE}=false`, `${THREE} ${FILTERED_OUT_STATE}=false`]);
    states.applyFilter();
    expect(calls.splice(0)).toEqual([]);
    states.wantFilteredOut(new Set([TWO, THREE]));
    states.applyFilter();
    expect(calls.splice(0)).toEqual([`${ONE} ${FILTERED_OUT_STATE}=false`, `${TWO} ${FILTERED_OUT_STATE}=true`, `${THREE} ${FILTERED_OUT_STATE}=true`]);
  });

  it('moves the selection and the hover from one kelurahan to the next', () => {
    const { map, calls } = recordingMap();
    const states = new KelurahanStates(map);
    states.select(ONE, undefined);
    states.select(TWO, ONE);
    states.select(undefined, TWO);
    expect(calls.splice(0)).toEqual([`${ONE} selected=true`, `${ONE} selected=false`, `${TWO} selected=true`, `${TWO} selected=false`]);
    states.hover(ONE);
    states.hover(ONE);
    states.hover(TWO);
    states.hover(undefined);
    expect(calls).toEqual([`${ONE} hover=true`, `${ONE} hover=false`, `${TWO} hover=true`, `${TWO} hover=false`]);
  });
});
