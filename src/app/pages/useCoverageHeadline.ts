import { useMemo } from 'react';
import { coverageByKecamatan, kpis, type AreaInput, type CampaignTarget } from '../../features/coverage/series';
import type { CoverageModel } from '../state/useCoverageModel';

/**
 * The shared filter result as the coverage series read it (`area`: kelurahan kept and
 * covered; `kept`: the installations kept), the KPI cards' numbers and coverage by
 * kecamatan: what the dashboard and the summary beside the map both show.
 */
export function useCoverageHeadline(
  model: Pick<CoverageModel, 'filtered' | 'coveredKodes' | 'installations' | 'actualKode' | 'asOf' | 'columns'>, kelurahan: AreaInput['kelurahan'], target: CampaignTarget,
) {
  const { filtered, coveredKodes, installations, actualKode, asOf, columns } = model;
  const area = useMemo(() => ({ kelurahan, kelurahanKodes: filtered.kelurahanKodes, coveredKodes }), [kelurahan, filtered.kelurahanKodes, coveredKodes]);
  const kept = useMemo(() => ({ installations, installationIndexes: filtered.installationIndexes, actualKode }), [installations, filtered.installationIndexes, actualKode]);
  // Day numbers and type/status codes come from the shared installation columns (built
  // once per data change): no pass over 100,000 installation objects per change.
  const headline = useMemo(() => kpis(area, kept, target, asOf, columns), [area, kept, target, asOf, columns]);
  const byKecamatan = useMemo(() => coverageByKecamatan(area), [area]);
  return { area, kept, headline, byKecamatan };
}
