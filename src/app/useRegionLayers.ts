import { useCallback, useEffect, useState } from 'react';
import { GeodataError, loadDefaultRegion, type RegionLayers } from '../data/geodata';

export type RegionLayersState =
  | { status: 'loading' }
  | { status: 'error'; error: GeodataError }
  | { status: 'ready'; layers: RegionLayers };

/** Loads the default region's boundary layers; `retry` loads them again after an error. */
export function useRegionLayers(): [RegionLayersState, retry: () => void] {
  const [state, setState] = useState<RegionLayersState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    loadDefaultRegion()
      .then((layers) => {
        if (!cancelled) setState({ status: 'ready', layers });
      })
      .catch((error: unknown) => {
        const failure = error instanceof GeodataError ? error : new GeodataError('invalid', 'index.json', error instanceof Error ? error.message : String(error));
        if (!cancelled) setState({ status: 'error', error: failure });
      });
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((count) => count + 1);
  }, []);
  return [state, retry];
}
