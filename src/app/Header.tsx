import { useTranslation } from 'react-i18next';
import { useSession } from './sessionContext';
import { ADMIN_VIEW, VIEWS, type SetViewState, type ViewState } from './urlState';

interface HeaderProps {
  regionName?: string;
  view: ViewState;
  setView: SetViewState;
}

export function Header({ regionName, view, setView }: HeaderProps) {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
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
        {session?.role === 'admin' && (
          <button type="button" className="view-tab" aria-current={view.view === ADMIN_VIEW ? 'page' : undefined} onClick={() => setView({ view: ADMIN_VIEW })} data-testid="admin-link">
            {t('admin:tab')}
          </button>
        )}
      </nav>
      <label className="language-switch">
        <span>{t('language')}</span>
        <select value={view.lang} onChange={(event) => setView({ lang: event.target.value === 'en' ? 'en' : 'id' })}>
          <option value="id">Bahasa Indonesia</option>
          <option value="en">English</option>
        </select>
      </label>
      {session && (
        <div className="session-box" data-testid="session-box">
          <span>{t('auth:signedInAs', { username: session.username, role: t(`auth:role.${session.role}`) })}</span>
          <button type="button" className="button" onClick={signOut} data-testid="sign-out">{t('auth:signOut')}</button>
        </div>
      )}
    </header>
  );
}
