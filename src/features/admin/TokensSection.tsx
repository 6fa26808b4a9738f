import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../components/format';
import type { AccountsClient, ApiToken, Role } from '../../data/accounts';
import { ConfirmAction } from './ConfirmAction';
import { NameRoleForm } from './NameRoleForm';
import { OnceSecret } from './OnceSecret';
import { problemOf } from './problems';
import { AdminListStatus } from './AdminListStatus';
import { useAdminList } from './useAdminList';
import type { Secret } from './UsersSection';

/** API tokens for scripts: made here (shown once), listed with who made them and when last used, revoked. */
export function TokensSection({ client }: { client: AccountsClient }) {
  const { t, i18n } = useTranslation('admin');
  const { t: authText } = useTranslation('auth');
  const [list, reload] = useAdminList(useCallback(() => client.listTokens(), [client]));
  const [secret, setSecret] = useState<Secret>();
  const [notice, setNotice] = useState<{ text: string; error?: boolean }>();
  const when = (iso: string | undefined) => (iso ? formatDateTime(iso, i18n.language) : t('tokens.never'));

  const create = async (name: string, role: Role) => {
    const created = await client.createToken(name, role);
    setNotice({ text: t('tokens.created', { name: created.name }) });
    setSecret({ label: t('tokens.tokenFor', { name: created.name }), value: created.token });
    reload();
  };
  const revoke = (token: ApiToken) => {
    setNotice(undefined);
    client.revokeToken(token.id).then(
      () => setNotice({ text: t('tokens.revokedDone', { name: token.name }) }),
      (error: unknown) => {
        const problem = problemOf(error);
        setNotice({ text: t(`problem.${problem.key}`, { detail: problem.detail }), error: true });
      },
    ).finally(reload);
  };

  return (
    <section className="admin-section" aria-labelledby="admin-tokens-title" data-testid="admin-tokens">
      <h2 id="admin-tokens-title">{t('tokens.title')}</h2>
      <p className="hint">{t('tokens.intro')}</p>
      <NameRoleForm
        title={t('tokens.create.title')} nameLabel={t('tokens.column.name')} nameField="name" hint={t('tokens.create.hint')}
        submitLabel={t('tokens.create.submit')} defaultRole="editor" onSubmit={create} testId="create-token"
      />
      {secret && <OnceSecret label={secret.label} value={secret.value} onDone={() => setSecret(undefined)} testId="token-secret" />}
      {notice && <p className={notice.error ? 'status-line error' : 'status-line ok'} role={notice.error ? 'alert' : 'status'} data-testid="tokens-notice">{notice.text}</p>}
      <AdminListStatus list={list} reload={reload} empty={t('tokens.empty')} emptyTestId="tokens-empty" />
      {list.status === 'ready' && list.items.length > 0 && (
        <table className="admin-table" data-testid="tokens-table">
          <thead>
            <tr>
              <th scope="col">{t('tokens.column.name')}</th>
              <th scope="col">{t('role')}</th>
              <th scope="col">{t('tokens.column.createdBy')}</th>
              <th scope="col">{t('created')}</th>
              <th scope="col">{t('tokens.column.lastUsed')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((token) => (
              <tr key={token.id} data-testid={`token-${token.name}`} className={token.revokedAt ? 'is-disabled' : undefined}>
                <th scope="row" data-label={t('tokens.column.name')}>{token.name}</th>
                <td data-label={t('role')}>{authText(`role.${token.role}`)}</td>
                <td data-label={t('tokens.column.createdBy')}>{token.createdBy}</td>
                <td data-label={t('created')}>{when(token.createdAt)}</td>
                <td data-label={t('tokens.column.lastUsed')}>{when(token.lastUsedAt)}</td>
                <td data-label={t('status')}>{token.revokedAt ? t('tokens.revoked', { date: when(token.revokedAt) }) : t('tokens.live')}</td>
                <td data-label={t('actions')}>
                  {!token.revokedAt && (
                    <ConfirmAction
                      label={t('tokens.revoke')} question={t('tokens.revokeConfirm', { name: token.name })} confirmLabel={t('tokens.revoke')} danger
                      onConfirm={() => revoke(token)} testId={`token-${token.name}-revoke`}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
