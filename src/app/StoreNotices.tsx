import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { getDefaultStoreConnection, getDefaultStorePersistence } from '../data/createStore';
import type { ServerConnection } from '../data/serverConnection';
import type { StorePersistence } from '../data/sessionFallback';

/** The installations could not be read or the demo set could not be saved: why, in the page. */
export function InstallationsError({ detail }: { detail: string | undefined }) {
  const { t } = useTranslation();
  return (
    <p className="status-line error" role="alert" data-testid="installations-error">
      {t('error.installations', { detail: detail ?? '' })}
    </p>
  );
}

/** Says so, on every view, when installations last only as long as the tab (the browser gave no storage). */
export function SessionStorageNotice() {
  const { t } = useTranslation();
  const [persistence, setPersistence] = useState<StorePersistence>();
  useEffect(() => {
    let active = true;
    void getDefaultStorePersistence().then((value) => active && setPersistence(value));
    return () => {
      active = false;
    };
  }, []);
  if (persistence?.kind !== 'session') return null;
  return (
    <p className="storage-notice" role="alert" data-testid="storage-notice" title={persistence.reason}>
      {t('storageSession')}
    </p>
  );
}

const noConnection = () => () => undefined;

/**
 * Says so, on every view, while the server cannot be reached (the app keeps showing its copy
 * and retries by itself); gone as soon as a sync succeeds again.
 */
export function ServerConnectionNotice() {
  const { t } = useTranslation();
  const [connection, setConnection] = useState<ServerConnection>();
  useEffect(() => {
    let active = true;
    void getDefaultStoreConnection().then((value) => active && setConnection(value));
    return () => {
      active = false;
    };
  }, []);
  const state = useSyncExternalStore(connection?.subscribe ?? noConnection, () => connection?.state());
  if (!connection || state !== 'offline') return null;
  return (
    <p className="storage-notice server-notice" role="alert" data-testid="server-notice">
      <span>{t('serverOffline')}</span>
      <button type="button" className="button" onClick={connection.retryNow}>{t('serverRetry')}</button>
    </p>
  );
}
