import { migrate } from './migrate';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { Db } from './types';

/** PostgreSQL when a URL is given, else the embedded database in `dataDir` (in memory when undefined); migrated. */
export async function openDatabase({ databaseUrl, dataDir, poolSize }: { databaseUrl?: string | undefined; dataDir?: string | undefined; poolSize?: number }): Promise<Db> {
  const db = databaseUrl ? await openPostgres(databaseUrl, poolSize ? { poolSize } : {}) : await openPglite(dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
