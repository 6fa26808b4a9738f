import { useTranslation } from 'react-i18next';

export type VisibilityProgress = { state: 'idle' } | { state: 'computing'; done: number; total: number } | { state: 'ready' };

/**
 * Starts the on-request visibility computation and shows its progress; nothing once
 * it is ready. The dashboard's visibility chart and the kelurahan table's "Terlihat"
 * column both wait for it (one result, shared: see `useVisibility`).
 */
export function VisibilityCompute({ progress, onCompute }: { progress: VisibilityProgress; onCompute: () => void }) {
  const { t } = useTranslation('dashboard');
  if (progress.state === 'ready') return null;
  if (progress.state === 'computing') {
    return (
      <span role="status" className="visibility-progress">
        <progress max={progress.total} value={progress.done} /> {t('visibility.computing', { done: progress.done, total: progress.total })}
      </span>
    );
  }
  return <button type="button" className="button secondary" onClick={onCompute}>{t('visibility.compute')}</button>;
}
