import type { Db } from './db/types';
import { CHANGES_CHANNEL } from './installations/write';

/**
 * Fans the database's change notices out to the open event streams. One LISTEN per
 * process, however many browsers listen: on PostgreSQL it also hears writes made by
 * other server processes; on PGlite the notice stays in this process.
 */
export interface ChangeHub {
  subscribe(listener: (cursor: string) => void): () => void;
  close(): Promise<void>;
}

export async function createChangeHub(db: Db): Promise<ChangeHub> {
  const listeners = new Set<(cursor: string) => void>();
  const unlisten = await db.listen(CHANGES_CHANNEL, (cursor) => {
    for (const listener of listeners) listener(cursor);
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      await unlisten();
    },
  };
}
