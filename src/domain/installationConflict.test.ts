import { describe, expect, it } from 'vitest';
import type { Installation } from './installation';
import { allFrom, defaultChoices, differingFields, mergeValues, resolveConflict, valuesAfterPatch } from './installationConflict';

const base: Installation = {
  id: 'a1', type: 'baliho', lat: 1.1357, lng: 104.0113, kelurahanKode: '21.71.06.1004', installedAt: '2026-04-12', status: 'terpasang',
  notes: 'Depan Pasar', source: 'manual', createdAt: '2026-11-02T03:14:15.000Z', updatedAt: '2026-11-02T03:14:15.000Z', version: 3,
};
/** Someone else saved version 4: damaged, and a note. */
const theirs: Installation = { ...base, status: 'rusak', notes: 'Sobek kena angin', updatedAt: '2026-12-06T08:00:00.000Z', version: 4 };
/** This user's form: a spanduk, taken down, with the note untouched (the correction sends every form field). */
const mine = valuesAfterPatch(base, { type: 'spanduk', installedAt: '2026-04-12', status: 'dilepas', removedAt: '2026-12-01', notes: 'Depan Pasar' });

describe('differingFields', () => {
  it('names the fields the two versions disagree on, the removal date with the status', () => {
    expect(differingFields(mine, theirs)).toEqual(['type', 'status', 'notes']);
    expect(differingFields(theirs, theirs)).toEqual([]);
    expect(differingFields({ ...theirs, removedAt: '2026-12-01' }, theirs)).toEqual(['status']);
  });

  it('treats a moved point (or another stated kelurahan) as a change of the location', () => {
    expect(differingFields({ ...theirs, lat: 1.14 }, theirs)).toEqual(['location']);
    expect(differingFields({ ...theirs, kelurahanKode: undefined }, theirs)).toEqual(['location']);
  });
});

describe('defaultChoices', () => {
  it("keeps the user's value where the user changed it and the saved one where only the other person did", () => {
    expect(defaultChoices(base, mine, theirs)).toEqual({ type: 'mine', status: 'mine', notes: 'theirs' });
  });
});

describe('resolveConflict', () => {
  it('keep mine: every differing field from the user, sent against the saved version', () => {
    const resolution = resolveConflict(mine, theirs, allFrom('mine', mine, theirs));
    expect(resolution).toEqual({ kind: 'save', basedOn: 4, patch: { type: 'spanduk', status: 'dilepas', removedAt: '2026-12-01', notes: 'Depan Pasar' } });
  });

  it('take theirs: nothing to send', () => {
    expect(resolveConflict(mine, theirs, allFrom('theirs', mine, theirs))).toEqual({ kind: 'unchanged' });
  });

  it('a field-by-field merge sends only what differs from the saved row', () => {
    const choices = { type: 'mine', status: 'theirs', notes: 'theirs' } as const;
    expect(mergeValues(mine, theirs, choices)).toMatchObject({ type: 'spanduk', status: 'rusak', removedAt: undefined, notes: 'Sobek kena angin' });
    expect(resolveConflict(mine, theirs, choices)).toEqual({ kind: 'save', basedOn: 4, patch: { type: 'spanduk' } });
  });

  it('clears a removal date the merge no longer has (sent as undefined, i.e. null on the wire)', () => {
    const removedTheirs: Installation = { ...theirs, status: 'dilepas', removedAt: '2026-11-30' };
    const resolution = resolveConflict({ ...mine, status: 'terpasang', removedAt: undefined }, removedTheirs, { status: 'mine' });
    expect(resolution).toEqual({ kind: 'save', basedOn: 4, patch: { status: 'terpasang', removedAt: undefined } });
    expect(resolution.kind === 'save' && 'removedAt' in resolution.patch).toBe(true);
  });

  it('moves the point with its stated kelurahan', () => {
    const moved = { ...mine, lat: 1.14, lng: 104.02, kelurahanKode: '21.71.06.1005' };
    expect(resolveConflict(moved, theirs, { location: 'mine' })).toEqual({ kind: 'save', basedOn: 4, patch: { lat: 1.14, lng: 104.02, kelurahanKode: '21.71.06.1005' } });
  });

  it('refuses a merge that breaks a rule and names the field', () => {
    // The user's removal date (2026-12-01) with the other person's later installation date.
    const later: Installation = { ...theirs, installedAt: '2026-12-05' };
    expect(resolveConflict(mine, later, { status: 'mine', installedAt: 'theirs' })).toEqual({ kind: 'invalid', field: 'status' });
  });
});
