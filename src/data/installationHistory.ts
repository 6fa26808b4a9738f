import type { InstallationStore } from './store';

// Who saved an installation last (docs/api.md "History"), so the conflict screen can say whose
// version it shows. Only a server keeps history (`InstallationStore.history`); without one, or
// when it cannot say, the answer is undefined and the screen shows the row's own time alone.

export interface LastChange {
  user: string;
  at: string;
}

export async function fetchLastChange(store: Pick<InstallationStore, 'history'>, id: string): Promise<LastChange | undefined> {
  try {
    const last = (await store.history?.(id))?.at(-1);
    return last && { user: last.user, at: last.at };
  } catch {
    return undefined;
  }
}
