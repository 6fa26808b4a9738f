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

/** The target, editable by executives and kept in localStorage (a setting, not part of a shared view). */
export function useCampaignTarget(): [CampaignTarget, (target: CampaignTarget) => void] {
  const [target, setTargetState] = useState(() => parseTarget(window.localStorage.getItem(TARGET_KEY)));
  const setTarget = useCallback((next: CampaignTarget) => {
    setTargetState(next);
    window.localStorage.setItem(TARGET_KEY, JSON.stringify(next));
  }, []);
  return [target, setTarget];
}
