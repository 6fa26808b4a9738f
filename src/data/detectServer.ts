import { z } from 'zod';

/** Remembers, per origin, that this page is served by the Cakupan server at that API path. */
export const SERVER_MEMORY_KEY = 'cakupan:server';

const healthSchema = z.object({ status: z.enum(['ok', 'unavailable']) });

export interface DetectOptions {
  fetch?: typeof fetch;
  /** Where a previous visit's answer is kept; `undefined` where the page has no storage. */
  storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined;
  /** How long the question may take (default 3 s); a server that slow counts as none this time. */
  timeoutMs?: number;
}

export type Detection = { server: boolean; remembered: boolean };

/** Whether `GET <apiPath>/health` answers as docs/api.md says (also when it reports its database down). */
export async function answersHealth(apiPath: string, { fetch: givenFetch = globalThis.fetch, timeoutMs = 3_000 }: DetectOptions = {}): Promise<boolean | undefined> {
  try {
    const response = await givenFetch(`${apiPath}/health`, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
    return healthSchema.safeParse(await response.json().catch(() => undefined)).success;
  } catch {
    return undefined; // no answer at all: cannot tell
  }
}

/**
 * Is this page served by the Cakupan server (docs/api.md, "The app on the server")? A page that
 * was once remembers it and opens from its copy at once; the question is then asked again in
 * the background, and only a clear "no" (an answer that is not the server's health) forgets it,
 * so a server that is down for a moment keeps the app on the server's data. A first visit asks
 * and waits (a static host answers 404 at once).
 */
export async function detectServer(apiPath: string, options: DetectOptions = {}): Promise<Detection> {
  const { storage } = options;
  const read = () => {
    try {
      return storage?.getItem(SERVER_MEMORY_KEY);
    } catch {
      return undefined;
    }
  };
  const write = (server: boolean) => {
    try {
      if (server) storage?.setItem(SERVER_MEMORY_KEY, apiPath);
      else storage?.removeItem(SERVER_MEMORY_KEY);
    } catch {
      // storage blocked: asked again next time
    }
  };
  const asked = answersHealth(apiPath, options).then((answer) => {
    if (answer !== undefined) write(answer);
    return answer;
  });
  if (read() === apiPath) return { server: true, remembered: true };
  return { server: (await asked) === true, remembered: false };
}
