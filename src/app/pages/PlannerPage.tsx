import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { InstallationConflictError } from '../../data/storeErrors';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../components/FilterBar';
import { downloadFile, exportFileName } from '../../components/download';
import { formatDate, formatNumber } from '../../components/format';
import { messageOf } from '../../components/messageOf';
import { Notice, type NoticeState } from '../../components/Notice';
import { canvasToPng } from '../../components/svgToPng';
import { hasDemoData } from '../../data/demoActions';
import type { InstallationInput, InstallationStatus } from '../../domain/installation';
import { dayNumber } from '../../geo/installationColumns';
import { attributeKey, DEFAULT_WEIGHTS } from '../../geo/rankCandidates';
import type { LngLat } from '../../domain/region';
import { InstallationForm } from '../../features/installations/InstallationForm';
import { correctionPatch, formValuesOf, statusPatch } from '../../features/installations/installationForm';
import { useDeleteInstallation } from '../../features/installations/useDeleteInstallation';
import { KelurahanPanel } from '../../features/kelurahan/KelurahanPanel';
import { ExtraFactorsControl } from '../../features/kelurahan/ExtraFactorsControl';
import { KelurahanFinder } from '../../features/kelurahan/KelurahanFinder';
import { EXTRA_FACTOR_WEIGHT } from '../../features/kelurahan/extraFactors';
import { buildKelurahanPanel, type PanelInstallation } from '../../features/kelurahan/kelurahanPanelModel';
import { RankingList } from '../../features/kelurahan/RankingList';
import { clampTopN, compareWithAbove, toRankingRows } from '../../features/kelurahan/rankingRows';
import { WeightControls } from '../../features/kelurahan/WeightControls';
import { InstallationsError } from '../StoreNotices';
import { boundsById, unionBounds } from '../../features/map/bounds';
import { kelurahanLabelPoints, kelurahanOutsideFilter, withCoverage } from '../../features/map/enrich';
import { countTypes, installationPoints, visibilityMask } from '../../features/map/installationPoints';
import { Legend } from '../../features/map/Legend';
import { countValues, legendItems } from '../../features/map/legend';
import { composeMapImage } from '../../features/map/mapImage';
import { MapView, type FocusRequest, type MapHandle } from '../../features/map/MapView';
import type { Campaign } from '../useCampaign';
import { useMediaQuery } from '../useMediaQuery';
import { CoverageSummary } from './CoverageSummary';
import { PlannerToolbar } from './PlannerToolbar';
import { kecamatanNames, scopeLabel } from './scope';
import './planner.css';

const WEIGHT_KEYS = Object.keys(DEFAULT_WEIGHTS);
/** Wide enough for list, map and the coverage summary side by side (see planner.css). */
const SIDE_BY_SIDE = '(min-width: 1280px)';
/** Phones: the legend starts folded, or it would cover half of the map. */
const PHONE = '(max-width: 700px)';
const BASEMAP_KEY = 'cakupan.basemap';

export function PlannerPage({ campaign }: { campaign: Campaign }) {
  const { t, i18n } = useTranslation('planner');
  const { t: filterText } = useTranslation('filters');
  const { t: mapText } = useTranslation('map');
  const { t: commonText } = useTranslation();
  // The campaign carries the derived data (see usePlannerData); this page only composes.
  const data = campaign;
  const { view, setView, layers } = campaign;
  const { installations, actualKode, coverage, ranking, topN, filtered, coveredKodes } = data;
  const selected = view.selected;
  const [basemap, setBasemap] = useState(() => window.localStorage.getItem(BASEMAP_KEY) === 'on');
  const [basemapFailed, setBasemapFailed] = useState(false);
  const [addMode, setAddMode] = useState(false);
  // The point of a new installation, or where the one being corrected (`editing`) stands or moves to.
  const [draft, setDraft] = useState<{ point: LngLat; kode?: string }>();
  const [notice, setNotice] = useState<NoticeState>();
  const deleteInstallation = useDeleteInstallation(data.store, setNotice);
  const mapRef = useRef<MapHandle>(null);
  const sideBySide = useMediaQuery(SIDE_BY_SIDE);
  const phone = useMediaQuery(PHONE);
  // The summary first mounts in a render of its own, after the page shows its data: a
  // Recharts chart's first mount is long, and the list and the map come first.
  const showSummary = useDeferredValue(sideBySide && data.installationsStatus === 'ready', false);
  const [mapReady, setMapReady] = useState(false);
  const [exportingPng, setExportingPng] = useState(false);

  const propertiesByKode = useMemo(() => new Map(layers.kelurahan.features.map((feature) => [feature.properties.kode, feature.properties])), [layers.kelurahan]);
  const boundsByKode = useMemo(() => boundsById(layers.kelurahan.features, (feature) => feature.properties.kode), [layers.kelurahan]);
  const finderOptions = useMemo(() => [...campaign.kelurahan].sort((a, b) => a.nama.localeCompare(b.nama, 'id')), [campaign.kelurahan]);
  // Opened with a kelurahan selected but no map position (a link, or the map tab after choosing
  // one in a table): the map shows that kelurahan, not the whole city with a panel beside it.
  const [focus, setFocus] = useState<FocusRequest | undefined>(() => {
    const bbox = selected && !view.map && view.kecamatan.length === 0 ? boundsByKode.get(selected) : undefined;
    return bbox && { kind: 'bounds', bbox };
  });
  const rankingKodes = useMemo(() => ranking.map((candidate) => candidate.kode), [ranking]);
  const regionKodes = useMemo(() => new Set(propertiesByKode.keys()), [propertiesByKode]);
  // The built-in factors, then one per column of a loaded factor file.
  const extraColumns = data.extraFactors?.columns;
  const weightKeys = useMemo(() => [...WEIGHT_KEYS, ...(extraColumns ?? []).map(attributeKey)], [extraColumns]);
  const weightDefaults = useMemo(
    () => ({ ...DEFAULT_WEIGHTS, ...Object.fromEntries((extraColumns ?? []).map((column) => [attributeKey(column), EXTRA_FACTOR_WEIGHT])) }),
    [extraColumns],
  );
  // The shared filters (applied once in useCampaign) dim kelurahan and hide points; the ranking itself stays city-wide.
  // Coverage colours change with the data only, so a filter change does not re-send the polygons.
  const enriched = useMemo(() => withCoverage(layers.kelurahan, coverage, rankingKodes, topN), [layers.kelurahan, coverage, rankingKodes, topN]);
  const filteredOutKelurahan = useMemo(() => kelurahanOutsideFilter(layers.kelurahan, filtered.kelurahanKodes), [layers.kelurahan, filtered.kelurahanKodes]);
  const labels = useMemo(() => kelurahanLabelPoints(layers.kelurahan), [layers.kelurahan]);
  // Every installation on the as-of date, built once per data change (~10 ms for 100,000);
  // a filter change is only the one-byte-per-installation mask below, the very result
  // the tables and charts show (`applyFilters`), so the map cannot disagree with them.
  const points = useMemo(() => installationPoints(data.columns, dayNumber(data.asOf), layers.region.bbox), [data.columns, data.asOf, layers.region.bbox]);
  const installationFilter = useMemo(
    () => ({ visible: visibilityMask(points.styles.length, filtered.installationIndexes), keptCount: filtered.installationIndexes.length }),
    [points, filtered.installationIndexes],
  );
  const rows = useMemo(() => toRankingRows(ranking, propertiesByKode, topN), [ranking, propertiesByKode, topN]);
  const rowsInFilter = useMemo(() => rows.filter((row) => filtered.kelurahanKodes.has(row.kode)), [rows, filtered.kelurahanKodes]);
  const legend = useMemo(() => {
    const shown = enriched.features.filter((feature) => filtered.kelurahanKodes.has(feature.properties.kode));
    // Types counted from per-installation codes over the filter result: no walk over map features.
    const typeCounts = countTypes(points, filtered.installationIndexes);
    return legendItems(countValues(shown.map((feature) => feature.properties.state)), typeCounts);
  }, [enriched, points, filtered.installationIndexes, filtered.kelurahanKodes]);
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
  const editing = useMemo(() => (view.edit ? installations.find((installation) => installation.id === view.edit) : undefined), [view.edit, installations]);
  // A correction that opens puts its point in the form and flies the map there; one that
  // closes (saved, cancelled, back) clears the point. Adjusted during render, like the fit above.
  const [draftFor, setDraftFor] = useState<string>();
  const [lastEdited, setLastEdited] = useState<string>();
  /** The installation whose symbol was clicked on the map: marked in the panel's list. */
  const [picked, setPicked] = useState<string>();
  if (editing?.id !== draftFor) {
    setDraftFor(editing?.id);
    setLastEdited(draftFor);
    setDraft(editing && { point: [editing.lng, editing.lat], kode: data.locateKode(editing.lng, editing.lat) });
    if (editing) setFocus({ kind: 'point', center: [editing.lng, editing.lat], zoom: 15 });
  }
  // A link to an installation that is gone (deleted since, or in another browser's data)
  // says so, and the link drops it.
  const editMissing = data.installationsStatus === 'ready' && !editing ? view.edit : undefined;
  const [missingNoticed, setMissingNoticed] = useState<string>();
  if (editMissing && editMissing !== missingNoticed) {
    setMissingNoticed(editMissing);
    setNotice({ text: t('edit.notFound'), error: true });
  }
  useEffect(() => {
    if (editMissing) setView({ edit: undefined }, { replace: true });
  }, [editMissing, setView]);
  const selectedProperties = selected ? propertiesByKode.get(selected) : undefined;
  const panel = useMemo(() => {
    if (!selectedProperties) return undefined;
    return buildKelurahanPanel({ properties: selectedProperties, coverage: coverage.get(selectedProperties.kode), propertiesByKode, coveredKodes, installations, actualKode });
  }, [selectedProperties, coverage, propertiesByKode, coveredKodes, installations, actualKode]);

  const select = (kode: string | undefined, zoom = false, installationId?: string) => {
    setLastEdited(undefined);
    setPicked(installationId);
    setView({ selected: kode });
    const bbox = kode ? boundsByKode.get(kode) : undefined;
    if (zoom && bbox) setFocus({ kind: 'bounds', bbox });
  };
  // "Show": where the map is out of view (a phone, the page scrolled down to the finder), bring it into view.
  const mapAreaRef = useRef<HTMLDivElement>(null);
  const showFound = (kode: string) => {
    select(kode, true);
    const area = mapAreaRef.current?.getBoundingClientRect();
    if (area && (area.bottom < 0 || area.top > window.innerHeight)) mapAreaRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
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
  const save = async (input: InstallationInput) => {
    const created = await data.store.create(input);
    const name = (created.kelurahanKode && propertiesByKode.get(created.kelurahanKode)?.nama) ?? '';
    setNotice({ text: t('add.saved', { name }) });
    startAdding(false);
    if (created.kelurahanKode) setView({ selected: created.kelurahanKode });
  };
  const changeStatus = (installation: PanelInstallation, status: InstallationStatus) => {
    data.store
      .update(installation.id, statusPatch(status, data.today, installation.installedAt))
      .then(() => setNotice({ text: t('panel.statusSaved') }))
      .catch((error: unknown) => setNotice({ text: t('panel.statusFailed', { detail: messageOf(error) }), error: true }));
  };
  // Correcting: the form opens on the installation's values and the map flies to it; a map click moves it.
  const startEditing = (installation: PanelInstallation) => {
    setAddMode(false);
    setView({ edit: installation.id }, { replace: true });
  };
  const saveCorrection = async (input: InstallationInput) => {
    if (!editing) return;
    const moved = input.lng !== editing.lng || input.lat !== editing.lat;
    // Based on the version the form opened with: a change by someone else meanwhile is a conflict, not overwritten.
    await data.store.update(editing.id, correctionPatch(input, moved), { basedOn: editing.version }).catch((error: unknown) => {
      throw error instanceof InstallationConflictError ? new Error(t('edit.conflict')) : error;
    });
    setNotice({ text: t('edit.saved') });
    setView({ edit: undefined, ...(moved && input.kelurahanKode ? { selected: input.kelurahanKode } : {}) }, { replace: true });
  };

  const exportPng = async () => {
    if (!mapRef.current) return;
    setExportingPng(true);
    try {
      const { canvas, scale, metersPerPixel, attribution } = await mapRef.current.snapshot();
      const scope = scopeLabel(kecamatanNames(data.kecamatanOptions, view.kecamatan), commonText('dashboard:scopeCity', { region: layers.region.name }));
      const notes = [mapText('legend.removedNote'), mapText('legend.overlapNote'), ...(hasDemoData(installations) ? [commonText('demoLabel')] : [])];
      const image = composeMapImage(canvas, scale, metersPerPixel, {
        title: `${commonText('tagline')} · ${layers.region.name}`,
        subtitle: [scope, resultSummary, t('png.asOf', { date: formatDate(data.asOf, i18n.language) })].join(' · '),
        areasHeading: mapText('legend.areas'),
        installationsHeading: mapText('legend.installations'),
        rows: legend.map((item) => ({ item, label: mapText(item.labelKey), count: number(item.count) })),
        notes,
        footer: [t('png.boundaries'), attribution].filter(Boolean).join(' · '),
      }, getComputedStyle(document.documentElement).fontFamily);
      downloadFile(exportFileName('peta', data.asOf, 'png'), await canvasToPng(image));
    } catch (error) {
      setNotice({ text: t('png.failed', { detail: messageOf(error) }), error: true });
    } finally {
      setExportingPng(false);
    }
  };

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
          onAddModeChange={startAdding}
          basemap={basemap}
          onBasemapChange={toggleBasemap}
          onExportPng={() => void exportPng()}
          canExportPng={mapReady}
          exportingPng={exportingPng}
        />
        <KelurahanFinder options={finderOptions} regionName={layers.region.name} onFind={showFound} />
        <FilterBar value={view} onChange={setView} kecamatanOptions={data.kecamatanOptions} resultSummary={resultSummary} />
        {data.installationsStatus === 'loading' && <p className="status-line" role="status">{t('empty.storeLoading')}</p>}
        {data.installationsStatus === 'error' && <InstallationsError detail={data.installationsError} />}
        {data.installationsStatus === 'ready' && installations.length === 0 && <p className="status-line">{t('empty.noInstallations')}</p>}
        <Notice notice={notice} testId="planner-notice" />
        <WeightControls keys={weightKeys} weights={data.weights} defaults={weightDefaults} onChange={data.setWeights} extra={data.extraFactors}>
          <ExtraFactorsControl factors={data.extraFactors} knownKodes={regionKodes} onChange={data.setExtraFactors} />
        </WeightControls>
        <RankingList
          rows={rowsInFilter} candidateCount={rows.length} emptyText={!data.rankingReady ? t('uncovered.ranking') : rows.length > 0 ? t('uncovered.emptyInFilter') : undefined}
          selectedKode={selected} topN={topN} onTopNChange={(value) => data.setTopN(clampTopN(value, rows.length))} onSelect={(kode) => select(kode, true)}
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
          onMapClick={(point) => setDraft({ point, kode: data.locateKode(point[0], point[1]) })}
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
        <div className="planner-side">
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
                />
              </div>
            )
          )}
          {showSummary && <CoverageSummary campaign={campaign} />}
        </div>
      )}
    </div>
  );
}
