import type { InstallationFilterInput } from '../../features/map/installationFilter';
import type { FilteredView, FilterState } from '../filters';

/**
 * The shared filter state in the plain terms the map's layer filter takes. The
 * area part is the kelurahan `applyFilters` kept, and only when an area filter
 * is on (then points outside the region are hidden too), exactly as there.
 */
export function mapInstallationFilter(filters: FilterState, filtered: Pick<FilteredView, 'areaFiltered' | 'kelurahanKodes'>): InstallationFilterInput {
  return {
    types: filters.types,
    statuses: filters.statuses,
    from: filters.from,
    to: filters.to,
    kelurahanKodes: filtered.areaFiltered ? [...filtered.kelurahanKodes] : undefined,
  };
}
