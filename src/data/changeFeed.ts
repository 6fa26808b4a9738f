/**
 * Tells listeners in this tab and in other tabs of the same origin that the
 * installations changed. A BroadcastChannel does not deliver a message to the
 * channel that sent it, so local listeners are called directly.
 */
export interface ChangeFeed {
  /** Announce a change made here. */
  publish(): void;
  subscribe(listener: () => void): () => void;
  close(): void;
}

export function createChangeFeed(channelName: string): ChangeFeed {
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };
  // Absent in some test environments and very old browsers: then only this tab hears changes.
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : undefined;
  channel?.addEventListener('message', notify);
  return {
    publish() {
      notify();
      channel?.postMessage('changed');
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      listeners.clear();
      channel?.close();
    },
  };
}
