import type { OpenEvents } from './serverEvents';
import type { SyncEngine } from './syncEngine';

/** `connecting` until the first sync answers; `offline` while the server cannot be reached. */
export type ConnectionState = 'connecting' | 'online' | 'offline';

/** What the page shows about the server (StoreNotices.tsx). */
export interface ServerConnection {
  state(): ConnectionState;
  subscribe(listener: () => void): () => void;
  /** Try now instead of waiting for the next attempt (the notice's button, the browser coming online). */
  retryNow(): void;
}

export interface Backoff {
  /** Wait before the first retry; doubled after each failed one, up to `maxMs`. */
  initialMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: Backoff = { initialMs: 1_000, maxMs: 30_000 };

export interface ConnectionOptions {
  engine: SyncEngine;
  openEvents: OpenEvents | undefined;
  backoff?: Backoff;
}

export type ManagedConnection = ServerConnection & {
  /** Syncs now; a failure marks the server offline and schedules the retries (never throws). */
  check(): Promise<void>;
  close(): void;
};

/**
 * Keeps the copy current: listens to the server's events (each one triggers a sync), and when a
 * sync or the event stream fails, says so and tries again on an exponential backoff (capped),
 * reopening the event stream and syncing once the server answers again.
 */
export function createServerConnection({ engine, openEvents, backoff = DEFAULT_BACKOFF }: ConnectionOptions): ManagedConnection {
  const listeners = new Set<() => void>();
  let state: ConnectionState = 'connecting';
  let delay = backoff.initialMs;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let events: { close(): void } | undefined;
  let closed = false;

  const setState = (next: ConnectionState) => {
    if (next === state) return;
    state = next;
    for (const listener of [...listeners]) listener();
  };

  function scheduleRetry() {
    if (closed || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      delay = Math.min(delay * 2, backoff.maxMs);
      openStream();
      void check();
    }, delay);
  }

  const succeeded = () => {
    delay = backoff.initialMs;
    setState('online');
  };
  const failed = () => {
    setState('offline');
    scheduleRetry();
  };

  async function check(): Promise<void> {
    try {
      await engine.sync();
      if (!closed) succeeded();
    } catch {
      if (!closed) failed();
    }
  }

  function openStream() {
    if (closed || events || !openEvents) return;
    events = openEvents({
      onChange: (cursor) => {
        engine.announce(cursor).then(() => !closed && succeeded(), () => !closed && failed());
      },
      onError: () => {
        events = undefined;
        if (!closed) failed();
      },
    });
  }

  const retryNow = () => {
    if (closed) return;
    clearTimeout(timer);
    timer = undefined;
    openStream();
    void check();
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible') void check();
  };
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onVisible);
  if (typeof window !== 'undefined') window.addEventListener('online', retryNow);

  openStream();
  void check();

  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    retryNow,
    check,
    close() {
      closed = true;
      clearTimeout(timer);
      events?.close();
      listeners.clear();
      if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onVisible);
      if (typeof window !== 'undefined') window.removeEventListener('online', retryNow);
    },
  };
}
