import type { FastifyInstance } from 'fastify';
import { validateSettings, type CampaignSettings } from '../../src/domain/campaignSettings';
import type { Db } from '../db/types';
import { write } from '../installations/write';

/** docs/api.md "Campaign settings": one record, `{}` until saved; PUT replaces it whole. */
export function registerSettingsRoutes(app: FastifyInstance, { db, now = () => new Date() }: { db: Db; now?: () => Date }): void {
  app.get('/settings', async () => {
    const [row] = await db.query<{ value: CampaignSettings }>('SELECT value FROM campaign_settings WHERE id = 1');
    return row?.value ?? {};
  });

  app.put('/settings', { bodyLimit: 16 * 1024 }, async (request) => {
    const settings = validateSettings(request.body);
    return write(db, request.user, 'settings:write', async (tx) => {
      await tx.query(
        `INSERT INTO campaign_settings (id, value, updated_at) VALUES (1, $1::jsonb, $2)
         ON CONFLICT (id) DO UPDATE SET value = EXCLUDED.value, updated_at = EXCLUDED.updated_at`,
        [JSON.stringify(settings), now().toISOString()],
      );
      return { result: settings, changed: true };
    });
  });
}
