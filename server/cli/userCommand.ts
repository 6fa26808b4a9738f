import type { Db } from '../db/types';
import { isRole, ROLES } from '../auth/roles';
import { changeAccount, createAccount, listAccounts, resetPassword } from '../auth/users';

// `npm run user -- <command>`: accounts without a UI detour. The logic is here,
// apart from the process (server/cli/user.ts), so a test drives it on a database.

export const USAGE = `Usage: npm run user -- <command>
  add <username> --role ${ROLES.join('|')} [--password-stdin]   create; prints a generated password once
  list                                                  every account with its role
  set-role <username> <${ROLES.join('|')}>                 change the role
  reset-password <username> [--password-stdin]          new password (generated unless read); ends sessions
  disable <username>                                    no more sign-in; ends sessions
  enable <username>                                     allow sign-in again`;

export class UsageError extends Error {}

export interface CommandIo {
  print(line: string): void;
  /** The password piped in (`--password-stdin`), without its final newline. */
  readStdin(): Promise<string>;
}

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

export async function runUserCommand(db: Db, args: string[], io: CommandIo): Promise<void> {
  const [command, username] = args;
  const needName = () => {
    if (!username || username.startsWith('--')) throw new UsageError(`${command}: which user?\n\n${USAGE}`);
    return username;
  };
  const readPassword = async () => (args.includes('--password-stdin') ? (await io.readStdin()).replace(/\r?\n$/, '') : undefined);
  switch (command) {
    case 'add': {
      const role = option(args, '--role');
      if (!isRole(role)) throw new UsageError(`add: --role must be one of ${ROLES.join(', ')}\n\n${USAGE}`);
      const given = await readPassword();
      const { account, password } = await createAccount(db, { username: needName(), role, ...(given !== undefined ? { password: given } : {}) });
      io.print(`Created ${account.username} (${account.role}).`);
      if (password) io.print(`Password (shown only now): ${password}`);
      return;
    }
    case 'list': {
      const accounts = await listAccounts(db);
      if (accounts.length === 0) io.print('No accounts.');
      for (const account of accounts) io.print(`${account.username}\t${account.role}${account.disabled ? '\tdisabled' : ''}`);
      return;
    }
    case 'set-role': {
      const role = args[2];
      if (!isRole(role)) throw new UsageError(`set-role: the role must be one of ${ROLES.join(', ')}\n\n${USAGE}`);
      const account = await changeAccount(db, needName(), { role });
      io.print(`${account.username} is now ${account.role}.`);
      return;
    }
    case 'reset-password': {
      const name = needName();
      const given = await readPassword();
      if (given !== undefined) {
        await changeAccount(db, name, { password: given });
        io.print(`Password of ${name} changed.`);
      } else {
        io.print(`New password for ${name} (shown only now): ${(await resetPassword(db, name)).password}`);
      }
      return;
    }
    case 'disable':
    case 'enable': {
      const account = await changeAccount(db, needName(), { disabled: command === 'disable' });
      io.print(`${account.username} is ${account.disabled ? 'disabled' : 'enabled'}.`);
      return;
    }
    default:
      throw new UsageError(USAGE);
  }
}
