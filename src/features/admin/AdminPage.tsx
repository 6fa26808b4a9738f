import { useTranslation } from 'react-i18next';
import type { AccountsClient } from '../../data/accounts';
import { TokensSection } from './TokensSection';
import { UsersSection } from './UsersSection';
import './admin.css';

interface AdminPageProps {
  client: AccountsClient;
  currentUsername: string;
}

/** Admins: the accounts that may sign in and the API tokens scripts use (docs/user-guide.md "Users and API tokens"). */
export function AdminPage({ client, currentUsername }: AdminPageProps) {
  const { t } = useTranslation('admin');
  return (
    <div className="admin-page" data-testid="admin-page">
      <h1 className="admin-title">{t('title')}</h1>
      <UsersSection client={client} currentUsername={currentUsername} />
      <TokensSection client={client} />
    </div>
  );
}
