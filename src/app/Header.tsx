import { useTranslation } from 'react-i18next';
import { VIEWS, type SetViewState, type ViewState } from './urlState';

interface HeaderProps {
  regionName?: string;
  view: ViewState;
  setView: SetViewState;
}

export function Header({ regionName, view, setView }: HeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>{t('appName')}</h1>
        <span className="tagline">
          {t('tagline')}
          {regionName ? ` · ${regionName}` : ''}
        </span>
      </div>
      <nav className="view-tabs" aria-label={t('viewsLabel')}>
        {VIEWS.map((name) => (
          <button
            key={name}
            type="button"
            className="view-tab"
            aria-current={view.view === name ? 'page' : undefined}
            onClick={() => setView({ view: name })}
          >
            {t(`views.${name}`)}
          </button>
        ))}
      </nav>
      <label className="language-switch">
        <span>{t('language')}</span>
        <select value={view.lang} onChange={(event) => setView({ lang: event.target.value === 'en' ? 'en' : 'id' })}>
          <option value="id">Bahasa Indonesia</option>
          <option value="en">English</option>
        </select>
      </label>
    </header>
  );
}
