import type { FastifyInstance } from 'fastify';
import { generateDemoInstallations } from '../src/geo/index';
import { buildApp, type AppOptions } from './app';
import { ensureFirstAdmin } from './auth/firstAdmin';
import { systemUser } from './auth/user';
import { loadBoundaries } from './boundaries';
import { openDatabase } from './db/open';
import type { Db } from './db/types';
import { createChangeHub, type ChangeHub } from './events';
import { createInstallationService } from './installations/service';

export interface StartOptions extends Omit<AppOptions, 'db' | 'hub'> {
  databaseUrl?: string | undefined;
  /** Embedded database folder; undefined = in memory. */
  dataDir?: string | undefined;
  poolSize?: number;
  kelurahanPath: string;
  demoData?: boolean;
  /** Given, an empty users table gets an `admin` with a random password, handed to this once. */
  onFirstAdmin?: (username: string, password: string) => void;
}

export interface Started {
  app: FastifyInstance;
  db: Db;
  hub: ChangeHub;
  close(): Promise<void>;
}

/** Opens and migrates the database, loads the boundaries (and the demo set on first start) and builds the app. */
export async function prepareServer(options: StartOptions): Promise<Started> {
  const db = await openDatabase(options);
  try {
    if (options.onFirstAdmin) await ensureFirstAdmin(db, options.onFirstAdmin);
    const { collection } = await loadBoundaries(db, options.kelurahanPath);
    if (options.demoData) {
      const service = createInstallationService({ db });
      await service.seed(systemUser, generateDemoInstallations(collection));
    }
    const hub = await createChangeHub(db);
    const app = await buildApp({ ...options, db, hub });
    return {
      app,
      db,
      hub,
      async close() {
        await app.close();
        await hub.close();
        await db.close();
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}
