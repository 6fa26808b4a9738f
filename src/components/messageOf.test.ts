import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../i18n';
import { isStorageFull, messageOf } from './messageOf';

beforeAll(() => {
  initI18n('id');
});

describe('messageOf', () => {
  it('gives the text of what was thrown', () => {
    expect(messageOf(new Error('HTTP 503'))).toBe('HTTP 503');
    expect(messageOf('offline')).toBe('offline');
  });

  it("says a full device storage in the UI's language, however the store wrapped it", () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    // Dexie aborts the transaction and keeps the browser's error as `inner`.
    const aborted = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota });
    expect(isStorageFull(aborted)).toBe(true);
    expect(messageOf(aborted)).toMatch(/^Penyimpanan perangkat ini penuh; tidak ada yang disimpan\./);
    expect(isStorageFull(new Error('other'))).toBe(false);
  });
});
