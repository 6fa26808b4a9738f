import { startTransition, useEffect, useMemo, useState } from 'react';
import type { Installation } from '../domain/installation';
import type { AreaIndex } from '../geo/assignToAreas';
import { PREPARE_SLICE, prepareInstallations, prepareNow, type PreparedInstallations } from './prepareInstallations';

export interface PreparedState {
  /** The newest finished preparation; it may lag `installations` by a few tasks (then `preparing`). */
  prepared: PreparedInstallations | undefined;
  preparing: boolean;
  /** Why the newest list could not be prepared (e.g. a stored row with an impossible date). */
  error?: string;
}

/**
 * `prepareInstallations` for the current list: synchronously when it fits in one
 * slice, otherwise in slices after render. Until a large list is done, the
 * previous preparation stays on screen (consistent with itself), so an edit at
 * 100,000 installations never blanks the page.
 */
export function usePreparedInstallations(installations: Installation[], areaIndex: AreaIndex, kodes: readonly string[]): PreparedState {
  const small = installations.length <= PREPARE_SLICE;
  const immediate = useMemo(() => {
    if (!small) return undefined;
    try {
      return { prepared: prepareNow(installations, areaIndex, kodes) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [small, installations, areaIndex, kodes]);
  const [sliced, setSliced] = useState<{ prepared?: PreparedInstallations; error?: string; source?: Installation[] }>({});

  useEffect(() => {
    if (small) return;
    const controller = new AbortController();
    prepareInstallations(installations, areaIndex, kodes, { signal: controller.signal }).then(
      // A transition: React may render the pages that follow in several slices (per component) too.
      (prepared) => prepared && startTransition(() => setSliced({ prepared, source: installations })),
      (error: unknown) => !controller.signal.aborted && setSliced((last) => ({ ...last, error: error instanceof Error ? error.message : String(error), source: installations })),
    );
    return () => controller.abort();
  }, [small, installations, areaIndex, kodes]);

  if (immediate) return { prepared: immediate.prepared ?? sliced.prepared, preparing: false, ...(immediate.error ? { error: immediate.error } : {}) };
  const done = sliced.source === installations;
  return { prepared: sliced.prepared, preparing: !done, ...(done && sliced.error ? { error: sliced.error } : {}) };
}
