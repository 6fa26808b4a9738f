import { useEffect, useState } from 'react';
import { loadGeodataIndex, loadRegionLayers, type RegionLayers } from '../data/geodata';

export type RegionLayersState =
  | { status: 'loading' }
  | { status: 'error'; detail: string }
  | { status: 'ready'; layers: RegionLayers };

/** Loads the default region's boundary layers once. */
export function useRegionLayers(): RegionLayersState {
  const [state, setState] = useState<RegionLayersState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    loadGeodataIndex()
      .then((index) => {
        const region = index.regions.find((entry) => entry.code === index.defaultRegion) ?? index.regions[0];
        if (!region) throw new Error('index.json lists no region');
        return loadRegionLayers(region);
      })
      .then((layers) => {
        if (!cancelled) setState({ status: 'ready', layers });
      })
      .catch((error: unknown) => {
        if (!cancelled) setState({ status: 'error', detail: error instanceof Error ? error.message : String(error) });
      });
    return () => {
      cancelled = true;
    };
  }, []);

  return state;
}
