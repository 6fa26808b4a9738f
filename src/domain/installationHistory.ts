import { z } from 'zod';

// One installation's audit trail as the server keeps it (docs/api.md "History"): the
// server writes it, the app reads it and says it in words.

export const HISTORY_ACTIONS = ['create', 'import', 'update', 'delete', 'restore'] as const;

export const historyEntrySchema = z.object({
  /** ISO date-time (UTC) of the write. */
  at: z.iso.datetime(),
  /** A username, `token:<name>` for an API token, or `system` (the server itself). */
  user: z.string(),
  action: z.enum(HISTORY_ACTIONS),
  /** Field (API name) → [before, after]; `null` where the field was absent. */
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
});

export type HistoryEntry = z.output<typeof historyEntrySchema>;
