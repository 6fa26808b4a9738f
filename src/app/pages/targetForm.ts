import type { CampaignSettings, CampaignTarget } from '../../domain/campaignSettings';
import { isIsoDate } from '../../geo/installationColumns';
import { legacyTargetOf } from '../../data/useCampaignSettings';

/**
 * What the dashboard suggests until someone sets a target: every kelurahan of Batam by the
 * end of 2026, counted from the campaign start. Shown as a suggestion, never as a decision.
 */
export const DEFAULT_TARGET: CampaignTarget = { share: 1, date: '2026-12-31', startDate: '2026-03-01' };

/** A stored target (JSON), or the suggestion when there is none or it is not valid. */
export function parseTarget(raw: string | null): CampaignTarget {
  return legacyTargetOf(raw) ?? DEFAULT_TARGET;
}

/** The target the numbers are measured against, and whether someone set it (else it is the suggestion). */
export function targetOf(settings: CampaignSettings): { target: CampaignTarget; targetSet: boolean } {
  return settings.target ? { target: settings.target, targetSet: true } : { target: DEFAULT_TARGET, targetSet: false };
}

/** The target form's fields as typed (a number input gives "" while emptied). */
export interface TargetDraft {
  share: string;
  date: string;
  startDate: string;
}
export type TargetField = keyof TargetDraft;
/** Per field, the i18n key (`dashboard` namespace) of what is wrong. */
export type TargetErrors = Partial<Record<TargetField, string>>;

export const targetDraftOf = (target: CampaignTarget): TargetDraft => ({
  share: String(Math.round(target.share * 1000) / 10), date: target.date, startDate: target.startDate,
});

/** The target a draft describes, or what is wrong with it: a share of 1–100 %, two dates, the target after the start. */
export function readTargetDraft(draft: TargetDraft): { target: CampaignTarget } | { errors: TargetErrors } {
  const errors: TargetErrors = {};
  const percent = Number(draft.share.trim().replace(',', '.')); // "" reads as 0, out of range
  if (!(percent >= 1 && percent <= 100)) errors.share = 'targetSettings.errors.share';
  if (!isIsoDate(draft.startDate)) errors.startDate = 'targetSettings.errors.startDate';
  if (!isIsoDate(draft.date)) errors.date = 'targetSettings.errors.date';
  else if (!errors.startDate && draft.date <= draft.startDate) errors.date = 'targetSettings.errors.order';
  if (Object.keys(errors).length > 0) return { errors };
  return { target: { share: percent / 100, date: draft.date, startDate: draft.startDate } };
}
