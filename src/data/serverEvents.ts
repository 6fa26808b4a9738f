import { z } from 'zod';

/** What the connection needs from `GET /events` (docs/api.md "Events"). */
export interface EventHandlers {
  /** A `change` event: the server's cursor after a write (and once on connecting). */
  onChange(cursor: string): void;
  /** The stream broke or could not be opened; the caller decides when to open a new one. */
  onError(): void;
}

export type OpenEvents = (handlers: EventHandlers) => { close(): void };

const changeSchema = z.object({ cursor: z.string().regex(/^[0-9]+$/) });

/**
 * `GET <baseUrl>/events` through the browser's EventSource, or `undefined` where there is none
 * (Node tests: the store then syncs after its own writes and when asked). The EventSource's
 * own reconnect is not used: on any error it is closed and the caller reopens it on its
 * backoff, so a server that stays away is not asked every 3 s forever, and the reconnect is
 * followed by a sync either way.
 */
export function eventSourceEvents(baseUrl: string): OpenEvents | undefined {
  if (typeof EventSource !== 'function') return undefined;
  const url = `${baseUrl.replace(/\/+$/, '')}/events`;
  return ({ onChange, onError }) => {
    const source = new EventSource(url);
    source.addEventListener('change', (event) => {
      let data: unknown;
      try {
        data = JSON.parse(String((event as MessageEvent).data));
      } catch {
        return; // not the contract's event; the next one or the backoff's sync catches up
      }
      const parsed = changeSchema.safeParse(data);
      if (parsed.success) onChange(parsed.data.cursor);
    });
    source.addEventListener('error', () => {
      source.close();
      onError();
    });
    return { close: () => source.close() };
  };
}
