import './components.css';
import { useTranslation } from 'react-i18next';
import type { Installation } from '../domain/installation';
import type { InstallationStore } from '../data/store';
import { countDemoData } from '../data/demoActions';
import { formatNumber } from './format';
import { useDataReset } from '../data/useDataReset';
import type { KelurahanCollection } from '../domain/region';

interface DataResetControlsProps {
  installations: Installation[];
  store: InstallationStore;
  kelurahan: KelurahanCollection;
}

/**
 * The demo label and the buttons to delete the demo (or everything) and to load
 * the demo again, each undoable once. Deleting asks first.
 */
export function DataResetControls({ installations, store, kelurahan }: DataResetControlsProps) {
  const { t } = useTranslation('data');
  const { t: tCommon, i18n } = useTranslation('common');
  const { outcome, working, busy, canUndo, clear, reloadDemo, undo } = useDataReset(store, kelurahan);
  const demoCount = countDemoData(installations);
  const number = (value: number) => formatNumber(value, i18n.language, 0);

  const confirmAndClear = (onlyDemo: boolean) => {
    const count = onlyDemo ? demoCount : installations.length;
    if (window.confirm(t('demo.clearAllConfirm', { count, formatted: number(count) }))) void clear(onlyDemo, count);
  };

  return (
    <div className="data-reset" data-testid="data-reset">
      {demoCount > 0 && (
        <p className="demo-label" role="note" data-testid="demo-label">
          {t('demo.label')}
        </p>
      )}
      <div className="data-reset-actions">
        {demoCount > 0 && (
          <button type="button" className="button" disabled={busy} onClick={() => confirmAndClear(true)} data-testid="clear-demo">
            {t('demo.clearDemo')}
          </button>
        )}
        {installations.length > 0 && (
          <button type="button" className="button secondary danger" disabled={busy} onClick={() => confirmAndClear(false)} data-testid="clear-all">
            {t('demo.clearAll')}
          </button>
        )}
        {demoCount === 0 && (
          <button type="button" className="button" disabled={busy} onClick={() => void reloadDemo()} data-testid="restore-demo">
            {t('demo.restore')}
          </button>
        )}
      </div>
      <p role="status" aria-live="polite" data-testid="data-reset-status">
        {working ? (
          <>
            <progress aria-label={tCommon('working')} value={working.share} max={1} />{' '}
            {working.kind === 'clearing' && t('demo.clearing', { count: working.count, formatted: number(working.count) })}
            {working.kind === 'reloading' && t('demo.reloading')}
            {working.kind === 'undoing' && t('demo.undoing')}
          </>
        ) : (
          <>
            {outcome?.kind === 'cleared' && t('demo.cleared', { count: outcome.removed.length, formatted: number(outcome.removed.length) })}
            {outcome?.kind === 'restored' && t('demo.restored', { count: outcome.createdIds.length, formatted: number(outcome.createdIds.length) })}
            {outcome?.kind === 'undone' && t('demo.undone')}
            {outcome?.kind === 'error' && t('store.saveError', { detail: outcome.message })}
            {canUndo && (
              <button type="button" className="button" onClick={() => void undo()} data-testid="undo-reset">
                {t('demo.undo')}
              </button>
            )}
          </>
        )}
      </p>
    </div>
  );
}
