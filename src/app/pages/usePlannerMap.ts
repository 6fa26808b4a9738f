import { useMemo } from 'react';
import type { RegionLayers } from '../../data/geodata';
import { dayNumber } from '../../geo/installationColumns';
import { kelurahanLabelPoints, kelurahanOutsideFilter, withCoverage } from '../../features/map/enrich';
import { countTypes, installationPoints, visibilityMask } from '../../features/map/installationPoints';
import { countValues, legendItems } from '../../features/map/legend';
import type { CoverageModel } from '../state/useCoverageModel';

/**
 * What the map draws and its legend counts, from the coverage model. The shared filters
 * (applied once in useCoverageModel) dim kelurahan and hide points; the ranking stays city-wide.
 */
export function usePlannerMap(layers: RegionLayers, model: Pick<CoverageModel, 'coverage' | 'ranking' | 'filtered' | 'columns' | 'asOf'>, topN: number) {
  const { coverage, ranking, filtered, columns, asOf } = model;
  const rankingKodes = useMemo(() => ranking.map((candidate) => candidate.kode), [ranking]);
  // Coverage colours change with the data only, so a filter change does not re-send the polygons.
  const enriched = useMemo(() => withCoverage(layers.kelurahan, coverage, rankingKodes, topN), [layers.kelurahan, coverage, rankingKodes, topN]);
  const filteredOutKelurahan = useMemo(() => kelurahanOutsideFilter(layers.kelurahan, filtered.kelurahanKodes), [layers.kelurahan, filtered.kelurahanKodes]);
  const labels = useMemo(() => kelurahanLabelPoints(layers.kelurahan), [layers.kelurahan]);
  // Every installation on the as-of date, built once per data change (~10 ms for 100,000);
  // a filter change is only the one-byte-per-installation mask below, the very result
  // the tables and charts show (`applyFilters`), so the map cannot disagree with them.
  const points = useMemo(() => installationPoints(columns, dayNumber(asOf), layers.region.bbox), [columns, asOf, layers.region.bbox]);
  const installationFilter = useMemo(
    () => ({ visible: visibilityMask(points.styles.length, filtered.installationIndexes), keptCount: filtered.installationIndexes.length }),
    [points, filtered.installationIndexes],
  );
  const legend = useMemo(() => {
    const shown = enriched.features.filter((feature) => filtered.kelurahanKodes.has(feature.properties.kode));
    // Types counted from per-installation codes over the filter result: no walk over map features.
    const typeCounts = countTypes(points, filtered.installationIndexes);
    return legendItems(countValues(shown.map((feature) => feature.properties.state)), typeCounts);
  }, [enriched, points, filtered.installationIndexes, filtered.kelurahanKodes]);
  return { enriched, filteredOutKelurahan, labels, points, installationFilter, legend };
}
