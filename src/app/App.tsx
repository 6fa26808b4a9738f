import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from './Header';
import { useRegionLayers } from './useRegionLayers';
import { ADMIN_VIEW, useViewState } from './urlState';
import { useCoverageModel } from './state/useCoverageModel';
import { useRankingSettings } from './state/useRankingSettings';
import { useRegionIndex } from './state/useRegionIndex';
import { useStoredData } from './state/useStoredData';
import type { GeodataError, RegionLayers } from '../data/geodata';
import type { SetViewState, ViewState } from './urlState';
import { hasDemoData } from '../data/demoActions';
import { useSession } from './sessionContext';
import { ServerConnectionNotice, SessionStorageNotice } from './StoreNotices';
import '../components/components.css';

// Each view loads on first use: the map view does not download Recharts or the
// tables, and the dashboard and data views do not download and run MapLibre
// (~1.4 MB of script, a long task on a slow machine). Cost: a short loading text
// on the first switch to a view.
const PlannerPage = lazy(() => import('./pages/PlannerPage').then((module) => ({ default: module.PlannerPage })));
const DashboardPage = lazy(() => import('./pages/DashboardPage').then((module) => ({ default: module.DashboardPage })));
const AdminRoute = lazy(() => import('./AdminRoute').then((module) => ({ default: module.AdminRoute })));
const DataPage = lazy(() => import('./pages/DataPage').then((module) => ({ default: module.DataPage })));

export function App() {
  const { t, i18n } = useTranslation();
  const [view, setView] = useViewState();
  const [layersState, retryLayers] = useRegionLayers();

  useEffect(() => {
    void i18n.changeLanguage(view.lang);
    document.documentElement.lang = view.lang;
  }, [i18n, view.lang]);

  return (
    <div className="app">
      <Header regionName={layersState.status === 'ready' ? layersState.layers.region.name : undefined} view={view} setView={setView} />
      {/* The admin page needs no boundaries: it opens even when they fail to load. */}
      {view.view === ADMIN_VIEW && <Suspense fallback={<p className="app-status" role="status">{t('loading')}</p>}><AdminRoute setView={setView} /></Suspense>}
      {view.view !== ADMIN_VIEW && layersState.status === 'loading' && (
        <p className="app-status" role="status">
          {t('loading')}
        </p>
      )}
      {view.view !== ADMIN_VIEW && layersState.status === 'error' && <GeodataFailure error={layersState.error} onRetry={retryLayers} />}
      {view.view !== ADMIN_VIEW && layersState.status === 'ready' && <Workspace layers={layersState.layers} view={view} setView={setView} />}
    </div>
  );
}

/** Why the boundaries did not load, what to do about it, and a way to try again. */
function GeodataFailure({ error, onRetry }: { error: GeodataError; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="app-failure" role="alert" data-testid="geodata-error">
      <h2>{t('error.geodata.title')}</h2>
      <p>{t(`error.geodata.${error.kind}`, { status: error.status })}</p>
      <p>{t('error.geodata.kept')}</p>
      <button type="button" className="button" onClick={onRetry}>{t('error.retry')}</button>
      <p className="app-failure-detail">{t('error.geodata.detail', { path: `geodata/${error.path}`, detail: error.detail })}</p>
    </section>
  );
}

function Workspace({ layers, view, setView }: { layers: RegionLayers; view: ViewState; setView: SetViewState }) {
  const { t } = useTranslation();
  // State by concern: what is stored (a server plugs in there), region lookups, the ranking
  // choices of the link or this browser, and what is derived from them for the view's date
  // and filters. Each page takes the parts it uses.
  const stored = useStoredData(layers);
  const region = useRegionIndex(layers);
  const ranking = useRankingSettings(view, setView);
  const model = useCoverageModel(stored, region, ranking, view);
  // The data view shows the same notice next to its "clear demo" controls.
  const showDemoNotice = view.view !== 'data' && hasDemoData(model.installations);
  const { session, canEdit } = useSession();
  return (
    <main className={`workspace workspace-${view.view}`}>
      <SessionStorageNotice />
      <ServerConnectionNotice />
      {session && !canEdit && (
        <p className="storage-notice" role="note" data-testid="read-only-notice">
          {t('auth:readOnly')}
        </p>
      )}
      {showDemoNotice && (
        <p className="demo-notice" role="note" data-testid="demo-notice">
          {t('demoLabel')}
        </p>
      )}
      <Suspense fallback={<p className="app-status" role="status">{t('loading')}</p>}>
        {view.view === 'map' && <PlannerPage stored={stored} region={region} model={model} ranking={ranking} view={view} setView={setView} />}
        {view.view === 'dashboard' && <DashboardPage layers={layers} region={region} model={model} settings={stored.settings} view={view} setView={setView} />}
        {view.view === 'data' && (
          <DataPage layers={layers} store={stored.store} region={region} model={model} extraFactorTable={ranking.extraFactorTable} view={view} setView={setView} />
        )}
      </Suspense>
    </main>
  );
}
