import type { ChangePage } from './httpStore';
import type { LocalCopy } from './localCopy';

export interface SyncEngineOptions {
  copy: LocalCopy;
  /** `GET /installations?since=&limit=` (docs/api.md "Incremental sync"). */
  fetchPage(since: string, limit: number): Promise<ChangePage>;
  /** Rows per page (default 10,000, the server's largest). */
  pageSize?: number;
  /** Called once after a sync that changed the copy (however many pages it took). */
  onChanged(): void;
}

export interface SyncEngine {
  /**
   * Brings the copy up to the server's latest change. While one sync runs, further calls
   * share one follow-up sync (which starts after it and sees everything asked for until
   * then): a storm of events costs at most two syncs, never one each.
   */
  sync(): Promise<void>;
  /** The sync running now, or a new one: for a reader that needs some sync done, not the latest change. */
  joinSync(): Promise<void>;
  /**
   * A cursor the server announced (an event). Newer than the copy's: syncs. Older: the
   * server was reset or replaced, so the copy starts over from nothing.
   */
  announce(cursor: string): Promise<void>;
}

/** Cursors are digit strings that can outgrow a double; compared as integers. */
const before = (a: string, b: string) => BigInt(a) < BigInt(b);

export function createSyncEngine({ copy, fetchPage, pageSize = 10_000, onChanged }: SyncEngineOptions): SyncEngine {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  /** The copy's cursor as of this tab's last sync; what an announced cursor is compared with. */
  let known: string | undefined;

  async function run(): Promise<void> {
    let changed = false;
    try {
      for (;;) {
        const since = await copy.cursor();
        const page = await fetchPage(since ?? '0', pageSize);
        // Another tab moved the copy on while this page travelled: ask again from where it is.
        if (!(await copy.applyPage(since, page))) continue;
        known = page.cursor;
        if (page.items.length > 0 || page.deleted.length > 0) changed = true;
        if (!page.more) break;
      }
    } finally {
      if (changed) onChanged();
    }
  }

  function sync(): Promise<void> {
    if (!running) {
      running = run().finally(() => {
        running = undefined;
      });
      return running;
    }
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return sync();
      });
    return queued;
  }

  return {
    sync,
    joinSync: () => running ?? sync(),
    async announce(cursor) {
      known ??= await copy.cursor();
      if (known === cursor) return;
      if (known !== undefined && before(cursor, known)) {
        await copy.clear();
        known = undefined;
        onChanged();
      }
      await sync();
    },
  };
}
