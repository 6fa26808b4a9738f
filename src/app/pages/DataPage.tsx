import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile, exportFileName } from '../../components/download';
import { FilterBar } from '../../components/FilterBar';
import { formatNumber } from '../../components/format';
import { Notice, type NoticeState } from '../../components/Notice';
import { inSlices } from '../../data/slices';
import { BUILD_SLICE, useSlicedBuild } from '../../components/useSlicedBuild';
import { installationsToCsv } from '../../data/export/exportCsv';
import { InstallationTable } from '../../features/installations/InstallationTable';
import { installationRow, installationSearchText, type InstallationRow } from '../../features/installations/installationRows';
import { kelurahanRowsToCsv } from '../../features/kelurahan/kelurahanCsv';
import { KelurahanTable } from '../../features/kelurahan/KelurahanTable';
import { ExportButtons } from '../../features/installations/ExportButtons';
import { useSession } from '../sessionContext';
import { ImportDialog } from '../../features/installations/ImportDialog';
import { ImportHistory } from '../../features/installations/ImportHistory';
import { useDeleteInstallation } from '../../features/installations/useDeleteInstallation';
import { DataResetControls } from '../../components/DataResetControls';
import { importRegionOf } from '../../data/import/region';
import { buildKelurahanRows, type KelurahanRow } from '../../features/kelurahan/kelurahanRows';
import { pickInstallations } from '../filters';
import type { RegionLayers } from '../../data/geodata';
import type { InstallationStore } from '../../data/store';
import type { AttributeTable } from '../../geo/rankCandidates';
import { installationOn } from '../../geo/installationsAsOf';
import type { CoverageModel } from '../state/useCoverageModel';
import type { RegionIndex } from '../state/useRegionIndex';
import type { SetViewState, ViewState } from '../urlState';
import { AsOfField } from './AsOfField';
import { queryOrEmpty, storedQuery } from '../tableQueryParams';
import { InstallationsError } from '../StoreNotices';
import { useVisibility } from './useVisibility';
import './dashboard.css';

const NO_ROWS: InstallationRow[] = [];

export interface DataPageProps {
  layers: RegionLayers;
  store: InstallationStore;
  region: Pick<RegionIndex, 'kelurahan' | 'names' | 'kecamatanOptions'>;
  model: CoverageModel;
  /** A planner's extra ranking factors, shown as columns of the kelurahan table. */
  extraFactorTable: AttributeTable | undefined;
  view: ViewState;
  setView: SetViewState;
}

/** Staff: both tables under the shared filters and the as-of date; each exports exactly what it shows. */
export function DataPage({ layers, store, region, model, extraFactorTable, view, setView }: DataPageProps) {
  const { i18n } = useTranslation('tables');
  const { t: filterText } = useTranslation('filters');
  // The shared filters and the as-of date are applied once for every view, in useCoverageModel.
  const visibility = useVisibility(layers.kelurahan, model.installations, model.actualKode, model.asOf);
  const { filtered, installations, actualKode, asOf, onDate } = model;
  const { canEdit } = useSession();

  const kelurahanRows = useMemo(
    () => buildKelurahanRows({
      kelurahan: region.kelurahan, kelurahanKodes: filtered.kelurahanKodes, coveredKodes: model.coveredKodes, recommendedKodes: model.recommendedKodes,
      rankByKode: model.rankByKode, borderKmByKode: model.borderKmByKode, visibilityByKode: visibility.shareByKode, installationTypes: model.columns.type,
      installationIndexes: filtered.installationIndexes, areaPerInstallation: model.areaPerInstallation, extraFactors: extraFactorTable,
    }),
    [region.kelurahan, model.coveredKodes, model.recommendedKodes, model.rankByKode, model.borderKmByKode, filtered, visibility.shareByKode, model.columns, model.areaPerInstallation, extraFactorTable],
  );
  const extraColumns = extraFactorTable?.columns;
  // Rows are built once per data change, in slices for long lists (useSlicedBuild); a filter
  // change only picks from them, which keeps it cheap at 100,000 installations.
  const rowOf = useCallback(
    (index: number) => installationRow({ installations, actualKode, names: region.names }, index),
    [installations, actualKode, region.names],
  );
  const allInstallationRows = useSlicedBuild(installations.length, rowOf);
  // Then the search text of every row, in background slices, so the first search
  // does not pay for 100,000 strings in one keystroke (it would still work without).
  useEffect(() => {
    if (!allInstallationRows) return;
    const controller = new AbortController();
    void inSlices(allInstallationRows.length, BUILD_SLICE, (start, end) => {
      for (let index = start; index < end; index++) installationSearchText(allInstallationRows[index]!);
    }, { signal: controller.signal });
    return () => controller.abort();
  }, [allInstallationRows]);
  // Rows are kept as recorded; the few whose state on the as-of date differs (removed
  // later, so still standing then) are shown as they were on that date.
  const installationRows = useMemo(
    () => (allInstallationRows ? pickInstallations(allInstallationRows, filtered.installationIndexes).map((row) => installationOn(row, asOf) ?? row) : NO_ROWS),
    [allInstallationRows, filtered.installationIndexes, asOf],
  );
  // What the export buttons save: every installation as it stood on the as-of date.
  const installationsOnDate = useMemo(
    () => pickInstallations(installations, onDate.indexes).map((installation) => installationOn(installation, asOf) ?? installation),
    [installations, onDate.indexes, asOf],
  );
  const importRegion = useMemo(() => importRegionOf(layers.region, layers.kelurahan), [layers]);
  const kelurahanName = (kode: string) => region.names.get(kode)?.nama;
  const select = (kode: string) => setView({ selected: kode });
  const [notice, setNotice] = useState<NoticeState>();
  const deleteInstallation = useDeleteInstallation(store, setNotice);
  const indexOfId = (id: string) => installations.findIndex((installation) => installation.id === id);
  // Corrections happen on the map, where a click can also move a misplaced point (even one outside every kelurahan).
  const editOnMap = (id: string) => setView({ view: 'map', edit: id, selected: actualKode[indexOfId(id)] ?? undefined });
  const deleteRow = (id: string) => {
    const installation = installations[indexOfId(id)];
    if (installation) deleteInstallation(installation);
  };
  const exportKelurahan = (rows: KelurahanRow[]) => downloadFile(exportFileName('kelurahan', asOf), kelurahanRowsToCsv(rows, extraColumns));
  const exportInstallations = (rows: InstallationRow[]) =>
    downloadFile(
      exportFileName('pemasangan', asOf),
      installationsToCsv(rows.map((row) => installationOn(installations[row.index]!, asOf) ?? installations[row.index]!), { kelurahanName: (kode) => region.names.get(kode)?.nama }),
    );
  const number = (value: number) => formatNumber(value, i18n.language, 0);
  const resultSummary = filterText('result', {
    kelurahan: number(filtered.kelurahanKodes.size), total: number(region.kelurahan.length), installations: number(filtered.installationIndexes.length),
  });

  return (
    <div className="data-page" data-testid="data-page">
      <section className="data-actions" aria-label={filterText('dataActions')}>
        {canEdit && (
          <ImportDialog
            region={importRegion}
            kelurahan={layers.kelurahan}
            existing={installations}
            onImport={(inputs, onProgress) => store.bulkImport(inputs, onProgress)}
            onUndo={(ids, onProgress) => store.remove(ids, onProgress)}
          />
        )}
        <ExportButtons installations={installationsOnDate} kelurahanName={kelurahanName} date={asOf} />
        {canEdit && <DataResetControls installations={installations} store={store} kelurahan={layers.kelurahan} />}
      </section>
      {canEdit && <ImportHistory installations={installations} store={store} />}
      <AsOfField asOf={asOf} today={model.today} laterCount={onDate.notYetCount} onChange={(next) => setView({ asOf: next })} />
      <FilterBar value={view} onChange={setView} kecamatanOptions={region.kecamatanOptions} resultSummary={resultSummary} />
      {model.status === 'error' && <InstallationsError detail={model.error} />}
      <Notice notice={notice} testId="data-notice" />
      <KelurahanTable
        rows={kelurahanRows} selectedKode={view.selected} onSelect={select} onExport={exportKelurahan} extraColumns={extraColumns}
        visibility={{ progress: visibility.progress, onCompute: visibility.compute }}
        query={queryOrEmpty(view.kelurahanQuery)} onQueryChange={(query, typing) => setView({ kelurahanQuery: storedQuery(query) }, { replace: typing })}
      />
      <InstallationTable
        rows={installationRows} preparing={!allInstallationRows} onSelectKelurahan={select} onExport={exportInstallations} onEdit={canEdit ? editOnMap : undefined} onDelete={canEdit ? deleteRow : undefined}
        storedCount={installations.length}
        query={queryOrEmpty(view.installationQuery)} onQueryChange={(query, typing) => setView({ installationQuery: storedQuery(query) }, { replace: typing })}
      />
    </div>
  );
}
