import type { Db } from '../db/types';
import { countAccounts, createAccount } from './users';

export const FIRST_ADMIN = 'admin';

/**
 * Zero-setup start: with no account at all, makes `admin` with a random password
 * and hands it to `announce` (the terminal) once. There is no default password;
 * a lost one is reset with `npm run user -- reset-password admin`.
 */
export async function ensureFirstAdmin(db: Db, announce: (username: string, password: string) => void): Promise<boolean> {
  if ((await countAccounts(db)) > 0) return false;
  const { password } = await createAccount(db, { username: FIRST_ADMIN, role: 'admin' });
  announce(FIRST_ADMIN, password!);
  return true;
}

/** The terminal banner: on stderr, never through the request logger (logs are kept; this must not be). */
export function printFirstAdmin(username: string, password: string): void {
  const lines = [
    'First start: an admin account was created.',
    `  username: ${username}`,
    `  password: ${password}`,
    'It is shown only now. Sign in and add accounts with `npm run user -- add <name> --role editor`.',
  ];
  process.stderr.write(`\n${lines.join('\n')}\n\n`);
}
