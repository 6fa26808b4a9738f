import { installationSchema, type Installation, type InstallationPatch } from './installation';

// Two people corrected the same installation: the second save named a version that is no
// longer the saved one (docs/api.md "Concurrent edits"). These rules say what differs, what a
// merge of the two looks like, and what to send so the merge overwrites nothing unseen.

/** What a correction can change, the way a person sees it. */
export const CONFLICT_FIELDS = ['type', 'status', 'installedAt', 'notes', 'location'] as const;
export type ConflictField = (typeof CONFLICT_FIELDS)[number];

/** `status` carries the removal date and `location` the stated kelurahan: each pair is valid only together. */
const MEMBERS: Record<ConflictField, readonly (keyof EditableValues)[]> = {
  type: ['type'],
  status: ['status', 'removedAt'],
  installedAt: ['installedAt'],
  notes: ['notes'],
  location: ['lat', 'lng', 'kelurahanKode'],
};

export type EditableValues = Pick<Installation, 'type' | 'status' | 'removedAt' | 'installedAt' | 'notes' | 'lat' | 'lng' | 'kelurahanKode'>;

export type ConflictSide = 'mine' | 'theirs';
export type ConflictChoices = Partial<Record<ConflictField, ConflictSide>>;

export function editableValuesOf(row: EditableValues): EditableValues {
  const { type, status, removedAt, installedAt, notes, lat, lng, kelurahanKode } = row;
  return { type, status, removedAt, installedAt, notes, lat, lng, kelurahanKode };
}

/** The row as the user meant it: the version the edit started from with the user's patch on top. */
export function valuesAfterPatch(base: EditableValues, patch: InstallationPatch): EditableValues {
  const values: Record<string, unknown> = { ...editableValuesOf(base) };
  for (const key of Object.keys(values)) if (key in patch) values[key] = (patch as Record<string, unknown>)[key];
  return values as unknown as EditableValues;
}

function same(field: ConflictField, a: EditableValues, b: EditableValues): boolean {
  return MEMBERS[field].every((member) => (a[member] ?? undefined) === (b[member] ?? undefined));
}

/** The fields where the user's version and the saved one disagree, in display order. */
export function differingFields(mine: EditableValues, theirs: EditableValues): ConflictField[] {
  return CONFLICT_FIELDS.filter((field) => !same(field, mine, theirs));
}

/**
 * Where a merge starts: for each differing field, the user's value where the user changed it,
 * the saved one where only the other person did.
 */
export function defaultChoices(base: EditableValues, mine: EditableValues, theirs: EditableValues): ConflictChoices {
  return Object.fromEntries(differingFields(mine, theirs).map((field) => [field, same(field, base, mine) ? 'theirs' : 'mine']));
}

/** Every differing field from one side: "keep mine" or "take theirs". */
export function allFrom(side: ConflictSide, mine: EditableValues, theirs: EditableValues): ConflictChoices {
  return Object.fromEntries(differingFields(mine, theirs).map((field) => [field, side]));
}

/** The merged row: each field from the side chosen for it, the saved value where nothing is chosen. */
export function mergeValues(mine: EditableValues, theirs: EditableValues, choices: ConflictChoices): EditableValues {
  const merged: Record<string, unknown> = { ...editableValuesOf(theirs) };
  for (const field of CONFLICT_FIELDS) {
    if (choices[field] !== 'mine') continue;
    for (const member of MEMBERS[field]) merged[member] = mine[member];
  }
  return merged as unknown as EditableValues;
}

export type Resolution =
  /** The merge is the saved row: nothing to send. */
  | { kind: 'unchanged' }
  /** Send `patch` with `If-Match: basedOn` (the saved version, so a third change meanwhile is a new conflict). */
  | { kind: 'save'; patch: InstallationPatch; basedOn: number | undefined }
  /** The merge breaks a rule (e.g. a removal date before the chosen installation date): the first field at fault. */
  | { kind: 'invalid'; field: ConflictField };

/** What to do with the user's choices: the patch from the saved row to the merge, based on the saved version. */
export function resolveConflict(mine: EditableValues, theirs: Installation, choices: ConflictChoices): Resolution {
  const merged = mergeValues(mine, theirs, choices);
  const checked = installationSchema.safeParse({ ...theirs, ...merged });
  if (!checked.success) {
    const path = String(checked.error.issues[0]?.path[0] ?? '');
    return { kind: 'invalid', field: CONFLICT_FIELDS.find((field) => MEMBERS[field].some((member) => member === path)) ?? 'status' };
  }
  const changed = differingFields(merged, theirs);
  if (changed.length === 0) return { kind: 'unchanged' };
  // Absent optional values are sent as `undefined`: the store clears them (null on the wire).
  const patch = Object.fromEntries(changed.flatMap((field) => MEMBERS[field].map((member) => [member, merged[member]])));
  return { kind: 'save', patch: patch as InstallationPatch, basedOn: theirs.version };
}
