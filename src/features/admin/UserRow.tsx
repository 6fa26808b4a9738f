import { useTranslation } from 'react-i18next';
import { ROLES } from '../../data/session';
import type { Account, Role } from '../../data/accounts';
import { ConfirmAction } from './ConfirmAction';

interface UserRowProps {
  account: Account;
  /** The signed-in admin's own account: no demoting or disabling it from here (the server refuses too). */
  own: boolean;
  created: string;
  problem: string | undefined;
  changeRole(account: Account, role: Role): void;
  setDisabled(account: Account, disabled: boolean): void;
  resetPassword(account: Account): void;
}

export function UserRow({ account, own, created, problem, changeRole, setDisabled, resetPassword }: UserRowProps) {
  const { t } = useTranslation('admin');
  const { t: authText } = useTranslation('auth');
  const { username } = account;
  return (
    <tr data-testid={`user-${username}`} className={account.disabled ? 'is-disabled' : undefined}>
      <th scope="row" data-label={t('users.column.username')}>
        {username}
        {own && <span className="muted"> {t('users.you')}</span>}
      </th>
      <td data-label={t('role')}>
        <select
          value={account.role} aria-label={t('users.changeRole', { username })} disabled={own} title={own ? t('users.ownAccount') : undefined}
          onChange={(event) => changeRole(account, event.target.value as Role)} data-testid={`user-${username}-role`}
        >
          {ROLES.map((role) => <option key={role} value={role}>{authText(`role.${role}`)}</option>)}
        </select>
      </td>
      <td data-label={t('status')}>{account.disabled ? t('users.disabled') : t('users.active')}</td>
      <td data-label={t('created')}>{created}</td>
      <td data-label={t('actions')}>
        {/* Nothing to do on the own row: a reset would end this very page's session, the rest the server refuses. */}
        {own ? <span className="hint">{t('users.ownAccount')}</span> : (
          <span className="row-actions">
            <ConfirmAction
              label={t('users.resetPassword')} question={t('users.resetConfirm', { username })} confirmLabel={t('users.resetPassword')}
              onConfirm={() => resetPassword(account)} testId={`user-${username}-reset`}
            />
            {account.disabled ? (
              <button type="button" className="link-button" onClick={() => setDisabled(account, false)} data-testid={`user-${username}-enable`}>{t('users.enable')}</button>
            ) : (
              <ConfirmAction
                label={t('users.disable')} question={t('users.disableConfirm', { username })} confirmLabel={t('users.disable')} danger
                onConfirm={() => setDisabled(account, true)} testId={`user-${username}-disable`}
              />
            )}
          </span>
        )}
        {problem && <span className="field-error" role="alert">{problem}</span>}
      </td>
    </tr>
  );
}
