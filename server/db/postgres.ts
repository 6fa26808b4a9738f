import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Db, Queryable } from './types';

const names = new Map<string, string>();
/**
 * Queries with parameters become named prepared statements, so each connection plans
 * them once: the coverage summary's plan costs more than its execution. Every such
 * SQL text in server/ is a constant, so the set of names is small and fixed.
 */
function statement(text: string, params?: readonly unknown[]): pg.QueryConfig {
  if (!params) return { text };
  let name = names.get(text);
  if (!name) names.set(text, (name = `q${createHash('sha1').update(text).digest('hex').slice(0, 20)}`));
  return { name, text, values: [...params] };
}

/** PostgreSQL ≥ 15 with PostGIS 3, through a pool; LISTEN runs on one extra dedicated connection. */
export async function openPostgres(connectionString: string, { poolSize = 10 } = {}): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle client that loses its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  await pool.query('SELECT 1');
  const listeners: pg.Client[] = [];

  return {
    kind: 'postgresql',
    async query<Row>(sql: string, params?: readonly unknown[]) {
      return (await pool.query(statement(sql, params))).rows as Row[];
    },
    async transaction<T>(work: (tx: Queryable) => Promise<T>) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          query: async <Row>(sql: string, params?: readonly unknown[]) => (await client.query(statement(sql, params))).rows as Row[],
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async listen(channel, onMessage) {
      const client = new pg.Client({ connectionString });
      client.on('error', () => undefined);
      await client.connect();
      client.on('notification', (message) => {
        if (message.channel === channel) onMessage(message.payload ?? '');
      });
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      listeners.push(client);
      return async () => {
        listeners.splice(listeners.indexOf(client), 1);
        await client.end().catch(() => undefined);
      };
    },
    async close() {
      await Promise.all(listeners.splice(0).map((client) => client.end().catch(() => undefined)));
      await pool.end();
    },
  };
}
