import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { messageOf } from '../../components/messageOf';
import { HistoryUnavailableError } from '../../data/storeErrors';
import type { HistoryEntry } from '../../domain/installationHistory';
import { historyEntryText, newestFirst, type HistoryTextContext } from './historyText';

export interface InstallationHistoryProps {
  /** Names the list for the button that opens it (`aria-controls`). */
  id: string;
  installationId: string;
  /** Changes whenever the installation does (a status set in the panel): the history is read again. */
  revision: string;
  load(installationId: string): Promise<HistoryEntry[]>;
  words: Pick<HistoryTextContext, 'kelurahanName' | 'demoNote'>;
}

type Loaded = { state: 'loading' } | { state: 'ready'; entries: HistoryEntry[] } | { state: 'serverOnly' } | { state: 'failed'; detail: string };

/** One installation's history in words, newest first, read from the store when it opens. */
export function InstallationHistory({ id, installationId, revision, load, words }: InstallationHistoryProps) {
  const { t, i18n } = useTranslation('planner');
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    // A re-read after a change keeps the entries shown until the new ones come: no flicker.
    load(installationId).then(
      (entries) => current && setLoaded({ state: 'ready', entries: newestFirst(entries) }),
      (error: unknown) => current && setLoaded(error instanceof HistoryUnavailableError ? { state: 'serverOnly' } : { state: 'failed', detail: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [load, installationId, revision, attempt]);

  const context: HistoryTextContext = { ...words, t: (key, params) => t(key, params ?? {}), language: i18n.language };
  return (
    <section className="installation-history" id={id} aria-label={t('history.title')} aria-busy={loaded.state === 'loading'} data-testid="installation-history">
      {loaded.state === 'loading' && <p className="hint" role="status">{t('history.loading')}</p>}
      {loaded.state === 'serverOnly' && <p className="hint">{t('history.serverOnly')}</p>}
      {loaded.state === 'failed' && (
        <p className="status-line error" role="alert">
          {t('history.failed', { detail: loaded.detail })}{' '}
          <button type="button" className="link-button" onClick={() => {
            setLoaded({ state: 'loading' });
            setAttempt((count) => count + 1);
          }}>
            {t('history.retry')}
          </button>
        </p>
      )}
      {loaded.state === 'ready' && loaded.entries.length === 0 && <p className="hint">{t('history.none')}</p>}
      {loaded.state === 'ready' && loaded.entries.length > 0 && (
        <ol className="history-list">
          {loaded.entries.map((entry, index) => {
            const text = historyEntryText(entry, context);
            return (
              // One line a person reads aloud: "Status: Terpasang → Rusak, oleh rina, 3 Des 2026, 10.12".
              <li key={`${entry.at}-${index}`} data-action={entry.action}>
                {text.changes.length > 0 && <>{text.changes.join('; ')}, </>}
                <span className="history-by">{text.summary}</span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
