import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createIndexedDbStore } from '../../data/indexedDbStore';
import { correctionPatch, formValuesOf, initialFormValues, statusPatch, validateInstallationForm, type InstallationFormValues } from './installationForm';

const today = '2026-11-26';
const point: [number, number] = [104.03, 1.13];
const kode = '21.71.06.1004';
const values = (overrides: Partial<InstallationFormValues> = {}): InstallationFormValues => ({ ...initialFormValues(today), ...overrides });

describe('validateInstallationForm', () => {
  it('accepts a complete form and builds a manual input at the clicked point', () => {
    const result = validateInstallationForm(values({ type: 'poster', notes: '  dekat pasar  ' }), point, kode, today);
    expect(result).toEqual({
      ok: true,
      input: { type: 'poster', lng: 104.03, lat: 1.13, kelurahanKode: kode, installedAt: today, status: 'terpasang', notes: 'dekat pasar', source: 'manual' },
    });
  });

  it('needs a point inside the region', () => {
    expect(validateInstallationForm(values(), undefined, undefined, today)).toEqual({ ok: false, errors: { location: 'form.error.locationMissing' } });
    expect(validateInstallationForm(values(), point, undefined, today)).toEqual({ ok: false, errors: { location: 'form.error.outsideRegion' } });
  });

  it('names each bad date', () => {
    expect(validateInstallationForm(values({ installedAt: '' }), point, kode, today)).toEqual({ ok: false, errors: { installedAt: 'form.error.dateMissing' } });
    expect(validateInstallationForm(values({ installedAt: '2026-02-30' }), point, kode, today)).toEqual({ ok: false, errors: { installedAt: 'form.error.dateInvalid' } });
    expect(validateInstallationForm(values({ installedAt: '2026-12-01' }), point, kode, today)).toEqual({ ok: false, errors: { installedAt: 'form.error.dateFuture' } });
  });

  it('ties the removal date to the removed status', () => {
    expect(validateInstallationForm(values({ status: 'dilepas' }), point, kode, today)).toMatchObject({ ok: false, errors: { removedAt: 'form.error.removedMissing' } });
    expect(validateInstallationForm(values({ status: 'dilepas', installedAt: '2026-05-01', removedAt: '2026-04-01' }), point, kode, today)).toMatchObject({
      ok: false, errors: { removedAt: 'form.error.removedBeforeInstalled' },
    });
    expect(validateInstallationForm(values({ status: 'dilepas', installedAt: '2026-05-01', removedAt: '2026-06-01' }), point, kode, today).ok).toBe(true);
    const switchedBack = validateInstallationForm(values({ status: 'rusak', removedAt: '2026-06-01' }), point, kode, today);
    expect(switchedBack).toMatchObject({ ok: true, input: { status: 'rusak' } });
    expect(switchedBack.ok && 'removedAt' in switchedBack.input).toBe(false);
  });

  it('rejects notes over the schema limit', () => {
    expect(validateInstallationForm(values({ notes: 'x'.repeat(2001) }), point, kode, today)).toEqual({ ok: false, errors: { notes: 'form.error.notesTooLong' } });
  });
});

describe('statusPatch', () => {
  it('records the removal day when marking removed and clears it otherwise', () => {
    expect(statusPatch('dilepas', today, '2026-03-01')).toEqual({ status: 'dilepas', removedAt: today });
    expect(statusPatch('rusak', today, '2026-03-01')).toEqual({ status: 'rusak', removedAt: undefined });
  });
  it('never records a removal before the installation day', () => {
    expect(statusPatch('dilepas', '2026-01-01', '2026-03-01')).toEqual({ status: 'dilepas', removedAt: '2026-03-01' });
  });
});

describe('correcting an installation', () => {
  const imported = {
    type: 'baliho' as const, lng: 104.03, lat: 1.13, kelurahanKode: '21.71.06.1001', installedAt: '2026-03-02',
    status: 'dilepas' as const, removedAt: '2026-05-01', notes: 'depan pasar', source: 'import' as const, importId: 'batch-1',
  };

  it('starts the form from the installation, an absent removal date as an empty field', () => {
    expect(formValuesOf(imported)).toEqual({ type: 'baliho', installedAt: '2026-03-02', status: 'dilepas', removedAt: '2026-05-01', notes: 'depan pasar' });
    expect(formValuesOf({ ...imported, status: 'terpasang', removedAt: undefined }).removedAt).toBe('');
  });

  it('keeps the place and the stated kelurahan unless the point moved', () => {
    const checked = validateInstallationForm(values({ type: 'poster', installedAt: '2026-03-01' }), [104.05, 1.1], kode, today);
    if (!checked.ok) throw new Error('the form should pass');
    expect(correctionPatch(checked.input, false)).toEqual({ type: 'poster', installedAt: '2026-03-01', status: 'terpasang', removedAt: undefined, notes: '' });
    expect(correctionPatch(checked.input, true)).toMatchObject({ lng: 104.05, lat: 1.1, kelurahanKode: kode });
  });

  it('saves through the store: fields corrected, removal date cleared, place, source and creation kept', async () => {
    const store = createIndexedDbStore({ databaseName: 'correct', dexieOptions: { indexedDB: new IDBFactory(), IDBKeyRange } });
    try {
      const saved = await store.create(imported);
      const form = { ...formValuesOf(saved), type: 'spanduk' as const, status: 'rusak' as const, notes: 'sobek' };
      const checked = validateInstallationForm(form, [saved.lng, saved.lat], saved.kelurahanKode, today);
      if (!checked.ok) throw new Error('the form should pass');
      const corrected = await store.update(saved.id, correctionPatch(checked.input, false));
      // toEqual: a missing key equals one holding undefined, so this also says removedAt is gone.
      expect(corrected).toEqual({ ...saved, type: 'spanduk', status: 'rusak', notes: 'sobek', removedAt: undefined, updatedAt: corrected.updatedAt });
      expect(corrected).not.toHaveProperty('removedAt');
    } finally {
      store.close();
    }
  });
});
