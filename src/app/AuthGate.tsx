import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultApiPath, getDefaultStoreConnection } from '../data/createStore';
import { createSessionClient, type Session } from '../data/session';
import { SessionContext } from './sessionContext';
import { SignInPage } from './SignInPage';

type GateState = { kind: 'checking' } | { kind: 'open'; session: Session | undefined } | { kind: 'signIn' };

/**
 * On a Cakupan server the app shows only after signing in (the server answers 401
 * otherwise). Browser-only (static files, no server) has no accounts and opens at once;
 * so does a backend without accounts (the in-page mock) or one that cannot say now
 * (the app's own notice then tells the server is away).
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const client = useMemo(() => createSessionClient(defaultApiPath()), []);
  const [state, setState] = useState<GateState>({ kind: 'checking' });

  useEffect(() => {
    let active = true;
    void (async (): Promise<GateState> => {
      if (!(await getDefaultStoreConnection())) return { kind: 'open', session: undefined };
      const answer = await client.current().catch(() => undefined);
      if (answer?.status === 'signedOut') return { kind: 'signIn' };
      return { kind: 'open', session: answer?.status === 'signedIn' ? answer.session : undefined };
    })().then((next) => active && setState(next));
    return () => {
      active = false;
    };
  }, [client]);

  const context = useMemo(
    () => ({
      session: state.kind === 'open' ? state.session : undefined,
      // A fresh page after signing in or out: the synced copy and every view start over for that user.
      signOut: () => void client.signOut().finally(() => window.location.reload()),
    }),
    [client, state],
  );

  if (state.kind === 'checking') return <p className="app-status" role="status">{t('loading')}</p>;
  if (state.kind === 'signIn') return <SignInPage client={client} onSignedIn={() => window.location.reload()} />;
  return <SessionContext.Provider value={context}>{children}</SessionContext.Provider>;
}
