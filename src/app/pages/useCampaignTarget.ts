import { useCallback, useState } from 'react';
import type { CampaignTarget } from '../../features/coverage/series';
import { isIsoDate } from '../../geo/installationColumns';

const TARGET_KEY = 'cakupan.target';

/** The campaign's goal: every kelurahan of Batam by the end of 2026, counted from the campaign start. */
export const DEFAULT_TARGET: CampaignTarget = { share: 1, date: '2026-12-31', startDate: '2026-03-01' };

export function parseTarget(raw: string | null): CampaignTarget {
  try {
    const value = raw === null ? undefined : (JSON.parse(raw) as Partial<CampaignTarget>);
    if (value && typeof value.share === 'number' && value.share >= 0 && value.share <= 1 && isIsoDate(value.date ?? '') && isIsoDate(value.startDate ?? '')) {
      return { share: value.share, date: value.date!, startDate: value.startDate! };
    }
  } catch {
    // A corrupt stored target falls back to the default rather than breaking the dashboard.
  }
  return DEFAULT_TARGET;
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

/** The target, editable by executives and kept in localStorage (a setting, not part of a shared view). */
export function useCampaignTarget(): [CampaignTarget, (target: CampaignTarget) => void] {
  const [target, setTargetState] = useState(() => parseTarget(window.localStorage.getItem(TARGET_KEY)));
  const setTarget = useCallback((next: CampaignTarget) => {
    setTargetState(next);
    window.localStorage.setItem(TARGET_KEY, JSON.stringify(next));
  }, []);
  return [target, setTarget];
}
