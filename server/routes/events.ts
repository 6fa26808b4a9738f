import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/types';
import type { ChangeHub } from '../events';
import { currentCursor } from '../installations/read';

/** docs/api.md "Events": a server-sent event per committed change, with a heartbeat for proxies. */
export function registerEventsRoute(app: FastifyInstance, { db, hub, heartbeatMs = 15_000 }: { db: Db; hub: ChangeHub; heartbeatMs?: number }): void {
  app.get('/events', async (request, reply) => {
    reply.hijack();
    const stream = reply.raw;
    stream.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      // nginx buffers responses by default, which would hold events back.
      'x-accel-buffering': 'no',
    });
    const send = (cursor: string) => stream.write(`event: change\ndata: ${JSON.stringify({ cursor })}\n\n`);
    // Subscribe before reading the cursor, so a change in between is not lost (at worst sent twice).
    const unsubscribe = hub.subscribe(send);
    const heartbeat = setInterval(() => stream.write(': heartbeat\n\n'), heartbeatMs);
    const close = () => {
      clearInterval(heartbeat);
      unsubscribe();
    };
    request.raw.on('close', close);
    stream.write('retry: 3000\n\n');
    try {
      send(await currentCursor(db));
    } catch {
      close();
      stream.end();
    }
  });
}
