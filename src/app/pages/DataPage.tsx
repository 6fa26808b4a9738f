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
import { useDeleteInstallation } from '../../features/installations/useDeleteInstallation';
import { DataResetControls } from '../../components/DataResetControls';
import { importRegionOf } from '../../data/import/region';
import { buildKelurahanRows, type KelurahanRow } from '../../features/kelurahan/kelurahanRows';
import { pickInstallations } from '../filters';
import type { Campaign } from '../useCampaign';
import { InstallationsError } from '../StoreNotices';
import { useVisibility } from './useVisibility';
import './dashboard.css';

const NO_ROWS: InstallationRow[] = [];

/** Staff: both tables under the shared filters; each exports exactly what it shows. */
export function DataPage({ campaign }: { campaign: Campaign }) {
  const { i18n } = useTranslation('tables');
  const { t: filterText } = useTranslation('filters');
  const { view, setView, layers } = campaign;
  const data = campaign;
  const { canEdit } = useSession();
  // The shared filters are applied once for every view, in useCampaign.
  const derived = campaign;
  const visibility = useVisibility(layers.kelurahan, data.installations, data.actualKode, data.asOf);
  const { filtered } = derived;
  const { installations, actualKode, asOf } = data;

  const kelurahanRows = useMemo(
    () => buildKelurahanRows({
      kelurahan: derived.kelurahan, kelurahanKodes: filtered.kelurahanKodes, coveredKodes: derived.coveredKodes, recommendedKodes: derived.recommendedKodes,
      rankByKode: derived.rankByKode, borderKmByKode: derived.borderKmByKode, visibilityByKode: visibility.shareByKode, installationTypes: data.columns.type,
      installationIndexes: filtered.installationIndexes, areaPerInstallation: data.areaPerInstallation, extraFactors: data.extraFactorTable,
    }),
    [derived.kelurahan, derived.coveredKodes, derived.recommendedKodes, derived.rankByKode, derived.borderKmByKode, filtered, visibility.shareByKode, data.columns, data.areaPerInstallation, data.extraFactorTable],
  );
  const extraColumns = data.extraFactorTable?.columns;
  // Rows are built once per data change, in slices for long lists (useSlicedBuild); a filter
  // change only picks from them, which keeps it cheap at 100,000 installations.
  const rowOf = useCallback(
    (index: number) => installationRow({ installations, actualKode, names: derived.names }, index),
    [installations, actualKode, derived.names],
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
  const installationRows = useMemo(
    () => (allInstallationRows ? pickInstallations(allInstallationRows, filtered.installationIndexes) : NO_ROWS),
    [allInstallationRows, filtered.installationIndexes],
  );
  const importRegion = useMemo(() => importRegionOf(layers.region, layers.kelurahan), [layers]);
  const kelurahanName = (kode: string) => derived.names.get(kode)?.nama;
  const select = (kode: string) => setView({ selected: kode });
  const [notice, setNotice] = useState<NoticeState>();
  const deleteInstallation = useDeleteInstallation(data.store, setNotice);
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
      installationsToCsv(rows.map((row) => installations[row.index]!), { kelurahanName: (kode) => derived.names.get(kode)?.nama }),
    );
  const number = (value: number) => formatNumber(value, i18n.language, 0);
  const resultSummary = filterText('result', {
    kelurahan: number(filtered.kelurahanKodes.size), total: number(derived.kelurahan.length), installations: number(filtered.installationIndexes.length),
  });

  return (
    <div className="data-page" data-testid="data-page">
      <section className="data-actions" aria-label={filterText('dataActions')}>
        {canEdit && (
          <ImportDialog
            region={importRegion}
            kelurahan={layers.kelurahan}
            existing={installations}
            onImport={(inputs, onProgress) => data.store.bulkImport(inputs, onProgress)}
            onUndo={(ids, onProgress) => data.store.remove(ids, onProgress)}
          />
        )}
        <ExportButtons installations={installations} kelurahanName={kelurahanName} />
        {canEdit && <DataResetControls installations={installations} store={data.store} kelurahan={layers.kelurahan} />}
      </section>
      <FilterBar value={view} onChange={setView} kecamatanOptions={derived.kecamatanOptions} resultSummary={resultSummary} />
      {data.installationsStatus === 'error' && <InstallationsError detail={data.installationsError} />}
      <Notice notice={notice} testId="data-notice" />
      <KelurahanTable
        rows={kelurahanRows} selectedKode={view.selected} onSelect={select} onExport={exportKelurahan} extraColumns={extraColumns}
        visibility={{ progress: visibility.progress, onCompute: visibility.compute }}
      />
      <InstallationTable
        rows={installationRows} preparing={!allInstallationRows} onSelectKelurahan={select} onExport={exportInstallations} onEdit={canEdit ? editOnMap : undefined} onDelete={canEdit ? deleteRow : undefined}
        storedCount={installations.length}
      />
    </div>
  );
}
