import { useTranslation } from 'react-i18next';
import type { ListState } from './useAdminList';

/** What an admin list says until it has rows: loading, a problem with a retry, or that it is empty. */
export function AdminListStatus({ list, reload, empty, emptyTestId }: { list: ListState<unknown>; reload: () => void; empty: string; emptyTestId?: string }) {
  const { t } = useTranslation('admin');
  const { t: common } = useTranslation();
  if (list.status === 'loading') return <p className="app-status" role="status">{common('loading')}</p>;
  if (list.status === 'error') {
    return (
      <p className="status-line error" role="alert">
        {t(`problem.${list.problem.key}`, { detail: list.problem.detail })}{' '}
        <button type="button" className="link-button" onClick={reload}>{common('error.retry')}</button>
      </p>
    );
  }
  return list.items.length === 0 ? <p className="muted" data-testid={emptyTestId}>{empty}</p> : null;
}
