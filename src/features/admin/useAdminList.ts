import { useCallback, useEffect, useState } from 'react';
import { problemOf, type Problem } from './problems';

export type ListState<Item> = { status: 'loading' } | { status: 'ready'; items: Item[] } | { status: 'error'; problem: Problem };

/** A list the admin page reads from the server, with a reload after each change. */
export function useAdminList<Item>(load: () => Promise<Item[]>): [ListState<Item>, () => void] {
  const [state, setState] = useState<ListState<Item>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let active = true;
    load().then(
      (items) => active && setState({ status: 'ready', items }),
      (error: unknown) => active && setState({ status: 'error', problem: problemOf(error) }),
    );
    return () => {
      active = false;
    };
  }, [load, round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return [state, reload];
}
