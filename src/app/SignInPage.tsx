import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SignInError, type SessionClient } from '../data/session';

/** Minutes to wait, rounded up, never 0 (the server counts in seconds). */
export function minutesToWait(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

/** The sign-in form, shown when the server answers 401. */
export function SignInPage({ client, onSignedIn }: { client: SessionClient; onSignedIn: () => void }) {
  const { t, i18n } = useTranslation('auth');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      await client.signIn(username, password);
      onSignedIn();
    } catch (error) {
      const failure = error instanceof SignInError ? error.failure : { kind: 'unavailable' as const, detail: String(error) };
      if (failure.kind === 'wrong') setProblem(t('wrong'));
      else if (failure.kind === 'locked') {
        const at = new Date(Date.now() + failure.retryAfterSeconds * 1000);
        const time = at.toLocaleTimeString(i18n.language === 'en' ? 'en-GB' : 'id-ID', { hour: '2-digit', minute: '2-digit' });
        setProblem(t('locked', { count: minutesToWait(failure.retryAfterSeconds), time }));
      } else setProblem(t('unavailable', { detail: failure.detail }));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in" data-testid="sign-in">
      <form className="sign-in-form" onSubmit={(event) => void submit(event)}>
        <h1>{t('common:appName')}</h1>
        <p>{t('intro')}</p>
        <label>
          <span>{t('username')}</span>
          <input name="username" autoComplete="username" required value={username} onChange={(event) => setUsername(event.target.value)} />
        </label>
        <label>
          <span>{t('password')}</span>
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
        </label>
        {problem && <p className="sign-in-problem" role="alert" data-testid="sign-in-problem">{problem}</p>}
        <button type="submit" className="button primary" disabled={busy}>{busy ? t('signingIn') : t('signIn')}</button>
        <label className="language-switch">
          <span>{t('common:language')}</span>
          <select value={i18n.language} onChange={(event) => void i18n.changeLanguage(event.target.value === 'en' ? 'en' : 'id')}>
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </label>
      </form>
    </main>
  );
}
