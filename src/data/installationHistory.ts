import { z } from 'zod';
import { BROWSER_HEADERS } from './session';

// Who saved an installation last (docs/api.md "History"), so the conflict screen can say whose
// version it shows. Only a server keeps history; without one, or when it cannot say, the
// answer is undefined and the screen shows the row's own time alone.

const historySchema = z.object({
  items: z.array(z.object({ at: z.iso.datetime(), user: z.string(), action: z.string() })),
});

export interface LastChange {
  user: string;
  at: string;
}

export async function fetchLastChange(apiPath: string, id: string, fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init)): Promise<LastChange | undefined> {
  try {
    const response = await fetchImpl(`${apiPath.replace(/\/+$/, '')}/installations/${encodeURIComponent(id)}/history`, {
      headers: { accept: 'application/json', ...BROWSER_HEADERS },
    });
    if (!response.ok) return undefined;
    const parsed = historySchema.safeParse(await response.json());
    const last = parsed.success ? parsed.data.items.at(-1) : undefined;
    return last && { user: last.user, at: last.at };
  } catch {
    return undefined;
  }
}
