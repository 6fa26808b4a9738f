import { z } from 'zod';
import { InstallationValidationError } from './errors';
import { toRowErrors } from './installationRules';

// Campaign settings are data, stored with the installations (every store adapter and
// docs/api.md `/settings`), so everyone sees the same target. One schema for all.

const isoDate = z.iso.date();

/** What the campaign aims for: a share of the kelurahan covered by a date, counted from its start. */
export const campaignTargetSchema = z
  .object({
    /** Share of kelurahan to cover, 0.01..1. */
    share: z.number().min(0.01).max(1),
    /** YYYY-MM-DD. */
    date: isoDate,
    /** YYYY-MM-DD the campaign started; the target line rises from here. */
    startDate: isoDate,
  })
  .refine((target) => target.date > target.startDate, { message: 'date must be after startDate', path: ['date'] });

export type CampaignTarget = z.output<typeof campaignTargetSchema>;

export const campaignSettingsSchema = z.object({
  /** Absent until someone sets it: the dashboard then shows a suggestion, never a decision nobody made. */
  target: campaignTargetSchema.optional(),
});

export type CampaignSettings = z.output<typeof campaignSettingsSchema>;

export const NO_SETTINGS: CampaignSettings = {};

/** Valid settings, or an InstallationValidationError naming each bad field (reported as row 1). */
export function validateSettings(value: unknown): CampaignSettings {
  const result = campaignSettingsSchema.safeParse(value);
  if (!result.success) throw new InstallationValidationError(toRowErrors(result.error.issues, 1));
  return result.data.target ? { target: result.data.target } : {};
}
