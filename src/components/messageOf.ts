import i18next from 'i18next';

/** Whether the browser refused to store more (the device's storage is full), however wrapped (Dexie keeps the cause in `inner`). */
export function isStorageFull(error: unknown): boolean {
  let current = error;
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth++) {
    if ((current as { name?: unknown }).name === 'QuotaExceededError') return true;
    current = (current as { inner?: unknown }).inner;
  }
  return false;
}

/**
 * The text of whatever was thrown, to show after a sentence in the user's language; a full
 * device storage is said in that language too (the browser's own text is English).
 */
export function messageOf(error: unknown): string {
  if (isStorageFull(error)) return i18next.t('error.storageFull');
  return error instanceof Error ? error.message : String(error);
}
