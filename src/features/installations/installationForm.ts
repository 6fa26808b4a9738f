import {
  installationInputSchema,
  type InstallationInput,
  type InstallationPatch,
  type InstallationStatus,
  type InstallationType,
} from '../../domain/installation';
import type { LngLat } from '../../domain/region';

/** What the form holds: strings as typed, so half-typed values are kept, not lost. */
export interface InstallationFormValues {
  type: InstallationType;
  installedAt: string;
  status: InstallationStatus;
  removedAt: string;
  notes: string;
}

export type FormField = keyof InstallationFormValues | 'location';

/** i18n keys in the `planner` namespace, one per field that failed. */
export type FormErrors = Partial<Record<FormField, string>>;

export type FormResult = { ok: true; input: InstallationInput } | { ok: false; errors: FormErrors };

export function initialFormValues(today: string): InstallationFormValues {
  return { type: 'baliho', installedAt: today, status: 'terpasang', removedAt: '', notes: '' };
}

/** The form's values for an installation being corrected. */
export function formValuesOf(installation: Omit<InstallationFormValues, 'removedAt'> & { removedAt?: string }): InstallationFormValues {
  const { type, installedAt, status, removedAt, notes } = installation;
  return { type, installedAt, status, removedAt: removedAt ?? '', notes };
}

/**
 * The patch that corrects an installation with what the form checked: every field the form
 * shows (a removal date no longer wanted is cleared). Its place, and the kelurahan it states,
 * change only when the point was moved; its source and creation time stay as they were.
 */
export function correctionPatch(input: InstallationInput, moved: boolean): InstallationPatch {
  const { type, installedAt, status, removedAt, notes, lat, lng, kelurahanKode } = input;
  return { type, installedAt, status, removedAt, notes, ...(moved ? { lat, lng, kelurahanKode } : {}) };
}

const FIELD_OF_PATH: Record<string, FormField> = {
  type: 'type', installedAt: 'installedAt', status: 'status', removedAt: 'removedAt', notes: 'notes', lat: 'location', lng: 'location',
};

/**
 * Checks the form with the shared zod schema (the same rules as import and the
 * stores) plus what only a person typing can get wrong: a date in the future,
 * or a point outside the region. Every failing field gets its own message.
 */
export function validateInstallationForm(values: InstallationFormValues, point: LngLat | undefined, kelurahanKode: string | undefined, today: string): FormResult {
  const errors: FormErrors = {};
  if (!point) errors.location = 'form.error.locationMissing';
  else if (!kelurahanKode) errors.location = 'form.error.outsideRegion';
  const candidate = {
    type: values.type,
    lng: point?.[0] ?? Number.NaN,
    lat: point?.[1] ?? Number.NaN,
    ...(kelurahanKode ? { kelurahanKode } : {}),
    installedAt: values.installedAt,
    status: values.status,
    // The removal date only exists for removed installations; a stale one left
    // in the hidden field after switching status back is dropped, not an error.
    ...(values.status === 'dilepas' && values.removedAt ? { removedAt: values.removedAt } : {}),
    notes: values.notes.trim(),
    source: 'manual' as const,
  };
  const parsed = installationInputSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = FIELD_OF_PATH[String(issue.path[0])] ?? 'notes';
      errors[field] ??= messageFor(field, values);
    }
  }
  if (!errors.installedAt && values.installedAt > today) errors.installedAt = 'form.error.dateFuture';
  if (!errors.removedAt && values.status === 'dilepas' && values.removedAt > today) errors.removedAt = 'form.error.dateFuture';
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, input: candidate };
}

function messageFor(field: FormField, values: InstallationFormValues): string {
  if (field === 'installedAt') return values.installedAt ? 'form.error.dateInvalid' : 'form.error.dateMissing';
  if (field === 'removedAt') {
    if (values.status === 'dilepas' && !values.removedAt) return 'form.error.removedMissing';
    return values.removedAt < values.installedAt ? 'form.error.removedBeforeInstalled' : 'form.error.dateInvalid';
  }
  if (field === 'notes') return 'form.error.notesTooLong';
  if (field === 'location') return 'form.error.locationMissing';
  return 'form.error.required';
}

/**
 * The patch for a status change from the panel. The schema ties `removedAt` to
 * `dilepas`, so marking an installation removed records the day, and putting it
 * back clears that day.
 */
export function statusPatch(status: InstallationStatus, today: string, installedAt: string): InstallationPatch {
  if (status === 'dilepas') return { status, removedAt: today < installedAt ? installedAt : today };
  return { status, removedAt: undefined };
}
