import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createAccountsClient } from '../data/accounts';
import { defaultApiPath } from '../data/createStore';
import { AdminPage } from '../features/admin/AdminPage';
import { useSession } from './sessionContext';
import type { SetViewState } from './urlState';

/**
 * `?view=users`: the admin page for admins. Anyone else who opens the link is told
 * why there is nothing here (the server refuses them the endpoints as well).
 */
export function AdminRoute({ setView }: { setView: SetViewState }) {
  const { t } = useTranslation('admin');
  const { session } = useSession();
  const client = useMemo(() => createAccountsClient(defaultApiPath()), []);
  if (session?.role === 'admin') return <AdminPage client={client} currentUsername={session.username} />;
  return (
    <section className="admin-only" role="alert" data-testid="admin-only">
      <p>{session ? t('onlyAdmins', { username: session.username, role: t(`auth:role.${session.role}`) }) : t('noAccounts')}</p>
      <button type="button" className="button" onClick={() => setView({ view: 'map' })}>{t('back')}</button>
    </section>
  );
}
