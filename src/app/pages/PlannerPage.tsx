import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../components/FilterBar';
import { formatNumber } from '../../components/format';
import { Notice, type NoticeState } from '../../components/Notice';
import { hasDemoData } from '../../data/demoActions';
import { attributeKey, DEFAULT_WEIGHTS } from '../../geo/rankCandidates';
import type { LngLat } from '../../domain/region';
import type { Installation } from '../../domain/installation';
import { ConflictDialog } from '../../features/installations/ConflictDialog';
import { InstallationForm } from '../../features/installations/InstallationForm';
import { formValuesOf } from '../../features/installations/installationForm';
import { useDeleteInstallation } from '../../features/installations/useDeleteInstallation';
import { KelurahanPanel } from '../../features/kelurahan/KelurahanPanel';
import { ExtraFactorsControl } from '../../features/kelurahan/ExtraFactorsControl';
import { KelurahanFinder } from '../../features/kelurahan/KelurahanFinder';
import { EXTRA_FACTOR_WEIGHT } from '../../features/kelurahan/extraFactors';
import { buildKelurahanPanel, type PanelInstallation } from '../../features/kelurahan/kelurahanPanelModel';
import { useInstallationWrites } from './useInstallationWrites';
import { RankingList } from '../../features/kelurahan/RankingList';
import { clampTopN, compareWithAbove, toRankingRows } from '../../features/kelurahan/rankingRows';
import { WeightControls } from '../../features/kelurahan/WeightControls';
import { InstallationsError } from '../StoreNotices';
import { boundsById, unionBounds } from '../../features/map/bounds';
import { Legend } from '../../features/map/Legend';
import { MapView, type FocusRequest, type MapHandle } from '../../features/map/MapView';
import type { CoverageModel } from '../state/useCoverageModel';
import type { RankingSettings } from '../state/useRankingSettings';
import type { RegionIndex } from '../state/useRegionIndex';
import type { StoredData } from '../state/useStoredData';
import type { SetViewState, ViewState } from '../urlState';
import { useSession } from '../sessionContext';
import { useMediaQuery } from '../useMediaQuery';
import { useRevealAfterTap } from '../useRevealAfterTap';
import { CoverageSummary } from './CoverageSummary';
import { PlannerToolbar } from './PlannerToolbar';
import { kecamatanNames, scopeLabel } from './scope';
import { useMapPng } from './useMapPng';
import { usePlannerMap } from './usePlannerMap';
import './planner.css';

const WEIGHT_KEYS = Object.keys(DEFAULT_WEIGHTS);
/** Wide enough for list, map and the coverage summary side by side (see planner.css). */
const SIDE_BY_SIDE = '(min-width: 1280px)';
/** Phones: the legend starts folded, or it would cover half of the map. */
const PHONE = '(max-width: 700px)';
const BASEMAP_KEY = 'cakupan.basemap';
/** The panel's name, state and "zoom to" (px): what must show of it after a tap in the list. */
const PANEL_HEAD = 180;

export interface PlannerPageProps {
  stored: Pick<StoredData, 'layers' | 'store' | 'settings'>;
  region: Pick<RegionIndex, 'kelurahan' | 'kecamatanOptions' | 'locateKode'>;
  model: CoverageModel;
  ranking: RankingSettings;
  view: ViewState;
  setView: SetViewState;
}

/** Planners: the map, the ranking of what to cover next, and recording installations where they stand. */
export function PlannerPage({ stored, region, model, ranking: settings, view, setView }: PlannerPageProps) {
  const { t, i18n } = useTranslation('planner');
  const { t: filterText } = useTranslation('filters');
  const { t: commonText } = useTranslation();
  // Everything shown is derived once for every view (useCoverageModel); this page only composes.
  const data = model;
  const { layers, store } = stored;
  const { installations, actualKode, coverage, ranking, filtered, coveredKodes } = model;
  const { topN } = settings;
  const selected = view.selected;
  const [basemap, setBasemap] = useState(() => window.localStorage.getItem(BASEMAP_KEY) === 'on');
  const [basemapFailed, setBasemapFailed] = useState(false);
  const [addMode, setAddMode] = useState(false);
  // The point of a new installation, or where the one being corrected (`editing`) stands or moves to.
  const [draft, setDraft] = useState<{ point: LngLat; kode?: string }>();
  const [notice, setNotice] = useState<NoticeState>();
  const deleteInstallation = useDeleteInstallation(store, setNotice);
  const mapRef = useRef<MapHandle>(null);
  const sideBySide = useMediaQuery(SIDE_BY_SIDE);
  const phone = useMediaQuery(PHONE);
  // The summary first mounts in a render of its own, after the page shows its data: a
  // Recharts chart's first mount is long, and the list and the map come first.
  const showSummary = useDeferredValue(sideBySide && data.status === 'ready', false);
  const [mapReady, setMapReady] = useState(false);

  const propertiesByKode = useMemo(() => new Map(layers.kelurahan.features.map((feature) => [feature.properties.kode, feature.properties])), [layers.kelurahan]);
  const boundsByKode = useMemo(() => boundsById(layers.kelurahan.features, (feature) => feature.properties.kode), [layers.kelurahan]);
  const finderOptions = useMemo(() => [...region.kelurahan].sort((a, b) => a.nama.localeCompare(b.nama, 'id')), [region.kelurahan]);
  // Opened with a kelurahan selected but no map position (a link, or the map tab after choosing
  // one in a table): the map shows that kelurahan, not the whole city with a panel beside it.
  const [focus, setFocus] = useState<FocusRequest | undefined>(() => {
    const bbox = selected && !view.map && view.kecamatan.length === 0 ? boundsByKode.get(selected) : undefined;
    return bbox && { kind: 'bounds', bbox };
  });
  const regionKodes = useMemo(() => new Set(propertiesByKode.keys()), [propertiesByKode]);
  // The built-in factors, then one per column of a loaded factor file.
  const extraColumns = settings.extraFactors?.columns;
  const weightKeys = useMemo(() => [...WEIGHT_KEYS, ...(extraColumns ?? []).map(attributeKey)], [extraColumns]);
  const weightDefaults = useMemo(
    () => ({ ...DEFAULT_WEIGHTS, ...Object.fromEntries((extraColumns ?? []).map((column) => [attributeKey(column), EXTRA_FACTOR_WEIGHT])) }),
    [extraColumns],
  );
  const { enriched, filteredOutKelurahan, labels, points, installationFilter, legend } = usePlannerMap(layers, model, topN);
  const rows = useMemo(() => toRankingRows(ranking, propertiesByKode, topN), [ranking, propertiesByKode, topN]);
  const rowsInFilter = useMemo(() => rows.filter((row) => filtered.kelurahanKodes.has(row.kode)), [rows, filtered.kelurahanKodes]);
  // A new kecamatan choice moves the map to what it keeps (or back to the region when cleared).
  // Adjusted during render, not in an effect, so the map gets one focus request per change.
  // A map position in the URL (a shared link, back/forward) wins over the fit; choosing a
  // kecamatan drops the old position (applyViewPatch), so the map fits the new choice.
  const kecamatanKey = view.kecamatan.join(',');
  const [fittedKecamatan, setFittedKecamatan] = useState('');
  if (fittedKecamatan !== kecamatanKey) {
    setFittedKecamatan(kecamatanKey);
    const bbox = kecamatanKey ? unionBounds(boundsByKode, filtered.kelurahanKodes) : layers.region.bbox;
    if (bbox && !view.map) setFocus({ kind: 'bounds', bbox });
  }
  const number = (value: number) => formatNumber(value, i18n.language, 0);
  const resultSummary = filterText('result', {
    kelurahan: number(filtered.kelurahanKodes.size), total: number(layers.kelurahan.features.length), installations: number(filtered.installationIndexes.length),
  });
  // The installation being corrected: `edit` in the URL, so a row of the Data tables can open it here.
  const { canEdit } = useSession(); // a viewer's link to a correction opens nothing; the notice below says why
  const editing = useMemo(() => (canEdit && view.edit ? installations.find((installation) => installation.id === view.edit) : undefined), [canEdit, view.edit, installations]);
  // A correction that opens puts its point in the form and flies the map there; one that
  // closes (saved, cancelled, back) clears the point. Adjusted during render, like the fit above.
  // The installation as the correction opened it: the version the edit is based on, even when the copy updates meanwhile.
  const [editBase, setEditBase] = useState<Installation>();
  const [lastEdited, setLastEdited] = useState<string>();
  /** The installation whose symbol was clicked on the map: marked in the panel's list. */
  const [picked, setPicked] = useState<string>();
  if (editing?.id !== editBase?.id) {
    setEditBase(editing);
    setLastEdited(editBase?.id);
    setDraft(editing && { point: [editing.lng, editing.lat], kode: region.locateKode(editing.lng, editing.lat) });
    if (editing) setFocus({ kind: 'point', center: [editing.lng, editing.lat], zoom: 15 });
  }
  // A link to an installation that is gone (deleted since, or in another browser's data)
  // says so, and the link drops it.
  const editMissing = data.status === 'ready' && !editing ? view.edit : undefined;
  const [missingNoticed, setMissingNoticed] = useState<string>();
  if (editMissing && editMissing !== missingNoticed) {
    setMissingNoticed(editMissing);
    setNotice({ text: canEdit ? t('edit.notFound') : t('panel.readOnly'), error: true });
  }
  useEffect(() => {
    if (editMissing) setView({ edit: undefined }, { replace: true });
  }, [editMissing, setView]);
  const selectedProperties = selected ? propertiesByKode.get(selected) : undefined;
  const panel = useMemo(() => {
    if (!selectedProperties) return undefined;
    return buildKelurahanPanel({ properties: selectedProperties, coverage: coverage.get(selectedProperties.kode), propertiesByKode, coveredKodes, installations, actualKode, asOf: data.asOf });
  }, [selectedProperties, coverage, propertiesByKode, coveredKodes, installations, actualKode, data.asOf]);

  const select = (kode: string | undefined, zoom = false, installationId?: string) => {
    setLastEdited(undefined);
    setPicked(installationId);
    setView({ selected: kode });
    const bbox = kode ? boundsByKode.get(kode) : undefined;
    if (zoom && bbox) setFocus({ kind: 'bounds', bbox });
  };
  // On a phone the list and the toolbar lie under the map and the panel: a tap there shows what it changed.
  const mapAreaRef = useRef<HTMLDivElement>(null);
  const sideRef = useRef<HTMLDivElement>(null);
  const reveal = useRevealAfterTap();
  const selectAndShow = (kode: string) => {
    select(kode, true);
    reveal(() => ({ target: sideRef.current, above: mapAreaRef.current, lead: PANEL_HEAD }));
  };
  const toggleBasemap = (on: boolean) => {
    setBasemap(on);
    setBasemapFailed(false);
    window.localStorage.setItem(BASEMAP_KEY, on ? 'on' : 'off');
  };
  const startAdding = (on: boolean) => {
    setAddMode(on);
    setDraft(undefined);
    if (view.edit) setView({ edit: undefined }, { replace: true });
  };
  // Correcting: the form opens on the installation's values and the map flies to it; a map click moves it.
  const startEditing = (installation: PanelInstallation) => {
    setAddMode(false);
    setView({ edit: installation.id }, { replace: true });
  };
  const { save, changeStatus, saveCorrection, conflictDialog } = useInstallationWrites({
    store, installations, today: data.today, editing: editBase, kelurahanName: (kode) => propertiesByKode.get(kode)?.nama, setView, setNotice, onSaved: () => startAdding(false) });

  const scope = scopeLabel(kecamatanNames(region.kecamatanOptions, view.kecamatan), commonText('dashboard:scopeCity', { region: layers.region.name }));
  const png = useMapPng(mapRef, { regionName: layers.region.name, scope, resultSummary, asOf: data.asOf, legend, isDemo: () => hasDemoData(installations) }, setNotice);

  const rankRow = rows.find((row) => row.kode === selected);
  return (
    <div className="planner" data-testid="planner">
      <aside className="planner-sidebar">
        <PlannerToolbar
          coveredCount={legend.find((item) => item.kind === 'area' && item.state === 'covered')?.count ?? 0}
          total={filtered.kelurahanKodes.size}
          asOf={data.asOf}
          today={data.today}
          onAsOfChange={(asOf) => setView({ asOf: asOf && asOf !== data.today ? asOf : undefined })}
          addMode={addMode}
          onAddModeChange={(on) => {
            startAdding(on);
            if (on) reveal(() => ({ target: mapAreaRef.current }));
          }}
          basemap={basemap}
          onBasemapChange={toggleBasemap}
          onExportPng={() => void png.exportPng()}
          canExportPng={mapReady}
          exportingPng={png.exporting}
        />
        <KelurahanFinder options={finderOptions} regionName={layers.region.name} onFind={selectAndShow} />
        <FilterBar value={view} onChange={setView} kecamatanOptions={region.kecamatanOptions} resultSummary={resultSummary} />
        {data.status === 'loading' && <p className="status-line" role="status">{t('empty.storeLoading')}</p>}
        {data.status === 'error' && <InstallationsError detail={data.error} />}
        {data.status === 'ready' && installations.length === 0 && <p className="status-line">{t('empty.noInstallations')}</p>}
        <Notice notice={notice} testId="planner-notice" />
        <WeightControls keys={weightKeys} weights={settings.weights} defaults={weightDefaults} onChange={settings.setWeights} extra={settings.extraFactors}>
          <ExtraFactorsControl factors={settings.extraFactors} knownKodes={regionKodes} onChange={settings.setExtraFactors} />
        </WeightControls>
        <RankingList
          rows={rowsInFilter} candidateCount={rows.length} emptyText={!data.rankingReady ? t('uncovered.ranking') : rows.length > 0 ? t('uncovered.emptyInFilter') : undefined}
          selectedKode={selected} topN={topN} onTopNChange={(value) => settings.setTopN(clampTopN(value, rows.length))} onSelect={selectAndShow}
        />
      </aside>
      <div className="planner-map" ref={mapAreaRef}>
        <MapView
          ref={mapRef}
          bbox={layers.region.bbox}
          regionName={layers.region.name}
          kelurahan={enriched}
          labels={labels}
          kecamatan={layers.kecamatan}
          boundary={layers.boundary}
          installations={points}
          installationFilter={installationFilter}
          filteredOutKelurahan={filteredOutKelurahan}
          draft={draft?.point}
          selectedKode={selected}
          focus={focus}
          position={view.map}
          onMoveEnd={(map) => setView({ map }, { replace: true })}
          basemap={basemap}
          addMode={addMode || Boolean(editing)}
          onSelect={(kode) => select(kode)}
          onSelectInstallation={(index) => select(actualKode[index] ?? undefined, false, installations[index]?.id)}
          onMapClick={(point) => setDraft({ point, kode: region.locateKode(point[0], point[1]) })}
          onBasemapError={() => setBasemapFailed(true)}
          onReady={() => setMapReady(true)}
        >
          <Legend items={legend} open={!phone} />
          {addMode && !draft && <p className="map-hint" role="status">{t('add.hint')}</p>}
          {basemap && basemapFailed && <p className="map-hint error" role="alert">{t('map:basemap.failed')}</p>}
        </MapView>
      </div>
      {/* Right column: the kelurahan panel or the new installation's form, and on wide screens the coverage summary under it. */}
      {(sideBySide || ((addMode || editing) && draft) || panel) && (
        <div className="planner-side" ref={sideRef}>
          {(addMode || editing) && draft ? (
            <div className="planner-panel">
              <InstallationForm
                key={editing?.id ?? 'new'}
                point={draft.point}
                kelurahanKode={draft.kode}
                kelurahanName={draft.kode ? propertiesByKode.get(draft.kode)?.nama : undefined}
                today={data.today}
                initial={editing && formValuesOf(editing)}
                onSubmit={editing ? saveCorrection : save}
                onCancel={() => startAdding(false)}
              />
            </div>
          ) : (
            panel && (
              <div className="planner-panel">
                <KelurahanPanel
                  key={panel.kode}
                  model={panel}
                  rankRow={rankRow}
                  comparison={selected ? compareWithAbove(rows, selected) : undefined}
                  rankCount={rows.length}
                  onClose={() => select(undefined)}
                  onZoom={() => select(panel.kode, true)}
                  onSelectKelurahan={(kode) => select(kode, true)}
                  onFlyTo={(installation) => setFocus({ kind: 'point', center: [installation.lng, installation.lat], zoom: 16 })}
                  onStatusChange={changeStatus}
                  onEdit={startEditing}
                  onDelete={deleteInstallation}
                  returnFocusTo={lastEdited}
                  pickedId={picked}
                  canEdit={canEdit} canChangeStatus={data.asOf === data.today} loadHistory={store.history} kelurahanName={(kode) => propertiesByKode.get(kode)?.nama}
                />
              </div>
            )
          )}
          {showSummary && <CoverageSummary model={model} kelurahan={region.kelurahan} settings={stored.settings.settings} setView={setView} />}
        </div>
      )}
      {conflictDialog && <ConflictDialog key={conflictDialog.theirs.id} {...conflictDialog} />}
    </div>
  );
}
