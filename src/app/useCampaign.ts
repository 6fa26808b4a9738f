import type { RegionLayers } from '../data/geodata';
import type { SetViewState, ViewState } from './urlState';

/**
 * Everything the pages show, derived once per change with pure functions from
 * src/geo inside useMemo. (v0: grows as the engine and store land.)
 */
export interface Campaign {
  layers: RegionLayers;
  view: ViewState;
  setView: SetViewState;
}

export function useCampaign(layers: RegionLayers, view: ViewState, setView: SetViewState): Campaign {
  return { layers, view, setView };
}
