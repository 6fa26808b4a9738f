import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadGeodataIndex, loadRegionLayers, type RegionLayers } from '../data/geodata';

type LoadState = { status: 'loading' } | { status: 'error'; detail: string } | { status: 'ready'; layers: RegionLayers };

export function App() {
  const { t } = useTranslation();
  const [state, setState] = useState<LoadState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    loadGeodataIndex()
      .then((index) => {
        const region = index.regions.find((entry) => entry.code === index.defaultRegion) ?? index.regions[0];
        if (!region) throw new Error('index.json lists no region');
        return loadRegionLayers(region);
      })
      .then((layers) => !cancelled && setState({ status: 'ready', layers }))
      .catch((error: unknown) => !cancelled && setState({ status: 'error', detail: String(error instanceof Error ? error.message : error) }));
    return () => {
      cancelled = true;
    };
  }, []);

  return (
    <div className="app">
      <header className="app-header">
        <h1>{t('appName')}</h1>
        <span className="tagline">{t('tagline')}</span>
      </header>
      <main>
        {state.status === 'loading' && <p role="status">{t('loading')}</p>}
        {state.status === 'error' && <p role="alert">{t('error.geodata', { detail: state.detail })}</p>}
        {state.status === 'ready' && (
          <section aria-label={t('region')} data-testid="region-summary">
            <h2>{state.layers.region.name}</h2>
            <p>
              {t('kecamatanCount', { count: state.layers.region.counts.kecamatan })} ·{' '}
              {t('kelurahanCount', { count: state.layers.region.counts.kelurahan })}
            </p>
          </section>
        )}
      </main>
    </div>
  );
}
