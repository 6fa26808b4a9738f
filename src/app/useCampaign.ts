import type { RegionLayers } from '../data/geodata';
import { usePlannerData, type PlannerData } from './pages/usePlannerData';
import type { SetViewState, ViewState } from './urlState';

/**
 * Everything the pages show, derived once per change at the workspace level with
 * pure functions from src/geo inside useMemo (see usePlannerData), so switching
 * views does not reload or recompute, and every view reads the same numbers.
 */
export interface Campaign extends PlannerData {
  view: ViewState;
  setView: SetViewState;
}

export function useCampaign(layers: RegionLayers, view: ViewState, setView: SetViewState): Campaign {
  const data = usePlannerData(layers, view.asOf);
  return { ...data, view, setView };
}
