import type { RegionLayers } from '../data/geodata';
import { useFilteredView, type FilteredCampaign } from './useFilteredView';
import { usePlannerData, type PlannerData } from './usePlannerData';
import type { SetViewState, ViewState } from './urlState';

/**
 * Everything the pages show, derived once per change at the workspace level with
 * pure functions from src/geo inside useMemo (see usePlannerData), so switching
 * views does not reload or recompute, and every view reads the same numbers.
 * The shared filters are applied here too (useFilteredView): one filter state
 * drives the map, the tables and the charts.
 */
export interface Campaign extends PlannerData, FilteredCampaign {
  view: ViewState;
  setView: SetViewState;
}

export function useCampaign(layers: RegionLayers, view: ViewState, setView: SetViewState): Campaign {
  const data = usePlannerData(layers, view, setView);
  const filteredView = useFilteredView(data, view);
  return { ...data, ...filteredView, view, setView };
}
