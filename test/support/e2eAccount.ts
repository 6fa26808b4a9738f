import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';

export interface E2eAccount {
  username: string;
  password: string;
}

/**
 * An account (an editor unless `role` says) on the embedded database in `dataDir`, made through the server's own CLI
 * (`npm run user -- add … --password-stdin`) with a password made here and now: no
 * password is written in code. Run it before the server opens that folder (one process at a time).
 */
export function addEditor(dataDir: string, username = 'e2e-editor', role: 'editor' | 'admin' = 'editor'): E2eAccount {
  const password = randomBytes(18).toString('base64url');
  // The embedded database in dataDir, never a DATABASE_URL of the shell.
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  const env = { ...inherited, CAKUPAN_DATA_DIR: dataDir };
  execFileSync('node_modules/.bin/tsx', ['server/cli/user.ts', 'add', username, '--role', role, '--password-stdin'], {
    input: password,
    env,
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  return { username, password };
}

/**
 * An account the runner made for the shared server (playwright.server.config.ts), seen by every
 * worker: the first editor, or a second one for tests where two people work at once.
 */
export function sharedAccount(which: 'first' | 'second' = 'first'): E2eAccount {
  const suffix = which === 'second' ? '_2' : '';
  const username = process.env[`E2E_SERVER_USER${suffix}`];
  const password = process.env[`E2E_SERVER_PASSWORD${suffix}`];
  if (!username || !password) throw new Error(`No E2E_SERVER_USER${suffix}/E2E_SERVER_PASSWORD${suffix}: run through playwright.server.config.ts`);
  return { username, password };
}

/** The admin the runner made beside the editor (E2E_SERVER_ADMIN_USER/PASSWORD), for the admin page's tests. */
export function sharedAdmin(): E2eAccount {
  const { E2E_SERVER_ADMIN_USER: username, E2E_SERVER_ADMIN_PASSWORD: password } = process.env;
  if (!username || !password) throw new Error('No E2E_SERVER_ADMIN_USER/E2E_SERVER_ADMIN_PASSWORD: run through playwright.server.config.ts');
  return { username, password };
}
