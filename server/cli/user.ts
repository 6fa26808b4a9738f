import { resolve } from 'node:path';
import { readConfig } from '../config';
import { openDatabase } from '../db/open';
import { ApiError } from '../http/errors';
import { runUserCommand, UsageError } from './userCommand';

// Entry of `npm run user`: the same database the server uses (DATABASE_URL, or the
// embedded one in CAKUPAN_DATA_DIR). The embedded database is one process at a
// time: stop the server first, or use the admin API (docs/api.md "Users").

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const config = readConfig(process.env, { mode: 'production' });
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: resolve(config.dataDir), poolSize: 1 });
try {
  await runUserCommand(db, process.argv.slice(2), { print: (line) => console.log(line), readStdin });
} catch (error) {
  process.exitCode = error instanceof UsageError ? 2 : 1;
  console.error(error instanceof UsageError || error instanceof ApiError ? error.message : error);
} finally {
  await db.close();
}
