import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format';
import type { Account, AccountsClient, Role } from '../../data/accounts';
import { NameRoleForm } from './NameRoleForm';
import { OnceSecret } from './OnceSecret';
import { problemOf } from './problems';
import { AdminListStatus } from './AdminListStatus';
import { useAdminList } from './useAdminList';
import { UserRow } from './UserRow';

interface UsersSectionProps {
  client: AccountsClient;
  /** The signed-in admin: their own row cannot be demoted or disabled here. */
  currentUsername: string;
}

export interface Secret {
  label: string;
  value: string;
}

/** The accounts: who may sign in, with which role; add, change role, reset password, disable/enable. */
export function UsersSection({ client, currentUsername }: UsersSectionProps) {
  const { t, i18n } = useTranslation('admin');
  const [list, reload] = useAdminList(useCallback(() => client.listUsers(), [client]));
  const [secret, setSecret] = useState<Secret>();
  const [notice, setNotice] = useState<string>();
  // One problem at a time, beside the row it came from.
  const [rowProblem, setRowProblem] = useState<{ username: string; text: string }>();

  const add = async (username: string, role: Role) => {
    const added = await client.addUser(username, role);
    setNotice(t('users.added', { username: added.username }));
    if (added.password) setSecret({ label: t('users.passwordFor', { username: added.username }), value: added.password });
    reload();
  };

  const act = (account: Account, run: () => Promise<string | void>) => {
    setRowProblem(undefined);
    setNotice(undefined);
    run().then(
      (done) => {
        if (done) setNotice(done);
        reload();
      },
      (error: unknown) => {
        const problem = problemOf(error);
        setRowProblem({ username: account.username, text: t(`problem.${problem.key}`, { detail: problem.detail }) });
        reload();
      },
    );
  };

  const actions = {
    changeRole: (account: Account, role: Role) => act(account, async () => {
      await client.changeUser(account.username, { role });
      return t('users.roleChanged', { username: account.username, role: t(`auth:role.${role}`) });
    }),
    setDisabled: (account: Account, disabled: boolean) => act(account, async () => {
      await client.changeUser(account.username, { disabled });
      return t(disabled ? 'users.disabledDone' : 'users.enabledDone', { username: account.username });
    }),
    resetPassword: (account: Account) => act(account, async () => {
      const { password } = await client.resetPassword(account.username);
      setSecret({ label: t('users.passwordFor', { username: account.username }), value: password });
    }),
  };

  return (
    <section className="admin-section" aria-labelledby="admin-users-title" data-testid="admin-users">
      <h2 id="admin-users-title">{t('users.title')}</h2>
      <p className="hint">{t('users.intro')}</p>
      <NameRoleForm
        title={t('users.add.title')} nameLabel={t('users.column.username')} nameField="username" hint={t('users.add.hint')}
        submitLabel={t('users.add.submit')} defaultRole="editor" onSubmit={add} testId="add-user"
      />
      {secret && <OnceSecret label={secret.label} value={secret.value} onDone={() => setSecret(undefined)} testId="user-secret" />}
      {notice && <p className="status-line ok" role="status" data-testid="users-notice">{notice}</p>}
      <AdminListStatus list={list} reload={reload} empty={t('users.empty')} />
      {list.status === 'ready' && list.items.length > 0 && (
        <table className="admin-table" data-testid="users-table">
          <thead>
            <tr>
              <th scope="col">{t('users.column.username')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('created')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((account) => (
              <UserRow
                key={account.username} account={account} own={account.username === currentUsername} created={formatDateTime(account.createdAt, i18n.language)}
                problem={rowProblem?.username === account.username ? rowProblem.text : undefined} {...actions}
              />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
