import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/types';

export function registerHealthRoute(app: FastifyInstance, { db }: { db: Db }): void {
  app.get('/health', async (_request, reply) => {
    try {
      const [row] = await db.query<{ postgis: string }>('SELECT postgis_lib_version() AS postgis');
      return { status: 'ok', database: db.kind, postgis: row?.postgis ?? 'unknown' };
    } catch (error) {
      reply.status(503);
      return { status: 'unavailable', database: db.kind, message: error instanceof Error ? error.message : String(error) };
    }
  });
}
