import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { messageOf } from '../../components/messageOf';
import { INSTALLATION_STATUSES, INSTALLATION_TYPES, type InstallationInput, type InstallationStatus, type InstallationType } from '../../domain/installation';
import type { LngLat } from '../../domain/region';
import '../../components/components.css';
import './installation-form.css';
import { initialFormValues, validateInstallationForm, type FormErrors, type FormField, type InstallationFormValues } from './installationForm';

export interface InstallationFormProps {
  point?: LngLat;
  kelurahanKode?: string;
  kelurahanName?: string;
  today: string;
  /** Correcting a saved installation: its values to start from (a new one starts empty). */
  initial?: InstallationFormValues;
  /** Resolves when saved; a rejection is shown in the form and the values are kept. */
  onSubmit(input: InstallationInput): Promise<void>;
  onCancel(): void;
}

/**
 * Shows the whole form, title to buttons, if it is not in view yet, with as much as fits
 * of what lies above it: on a phone that is the map, where a tap moves the point.
 */
function bringIntoView(form: HTMLElement) {
  const box = form.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= window.innerHeight) return;
  form.scrollIntoView({ block: box.height <= window.innerHeight ? 'end' : 'start' });
}

/**
 * The form for a new installation or a correction of a saved one; a map click supplies
 * the point (or moves it), the spatial join the kelurahan.
 */
export function InstallationForm({ point, kelurahanKode, kelurahanName, today, initial, onSubmit, onCancel }: InstallationFormProps) {
  const { t } = useTranslation('planner');
  const { t: tMap } = useTranslation('map');
  const [values, setValues] = useState<InstallationFormValues>(() => initial ?? initialFormValues(today));
  const [errors, setErrors] = useState<FormErrors>({});
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string>();
  // Keyboard users land in the form: what opened it (a map click, a panel button) is gone.
  const firstField = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    firstField.current?.focus({ preventScroll: true });
    const form = firstField.current?.form;
    if (form) bringIntoView(form);
  }, []);

  const update = <Field extends keyof InstallationFormValues>(field: Field, value: InstallationFormValues[Field]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A date field still holding text that is not a date: said there, and nothing is saved
    // with the date it held before (DateField keeps that one in force meanwhile).
    const unreadableDate = [...event.currentTarget.elements].find((element): element is HTMLInputElement => element instanceof HTMLInputElement && element.validity.customError);
    if (unreadableDate) {
      unreadableDate.checkValidity(); // fires 'invalid': the field shows its message
      unreadableDate.focus();
      return;
    }
    const result = validateInstallationForm(values, point, kelurahanKode, today);
    if (!result.ok) return setErrors(result.errors);
    setSaving(true);
    setFailure(undefined);
    try {
      await onSubmit(result.input);
    } catch (error) {
      setFailure(messageOf(error));
    } finally {
      setSaving(false);
    }
  };

  const errorText = (field: FormField) => errors[field] && t(errors[field]);

  return (
    <form
      className="installation-form"
      onSubmit={submit}
      // Escape leaves the form as Batal does (an open select's list takes its own Escape first).
      onKeyDown={(event) => event.key === 'Escape' && !saving && onCancel()}
      noValidate
      data-testid="installation-form"
      aria-labelledby="installation-form-title"
    >
      <h2 id="installation-form-title">{t(initial ? 'edit.title' : 'add.title')}</h2>
      <p className="form-location">
        <strong>{t('add.location')}:</strong>{' '}
        {point ? `${point[1].toFixed(5)}, ${point[0].toFixed(5)}` : t('add.hint')}
        {kelurahanName && <> · {t('add.inKelurahan', { name: kelurahanName })}</>}
      </p>
      {initial && <p className="hint">{t('edit.moveHint')}</p>}
      {errors.location && (
        <p className="field-error" role="alert">
          {t(errors.location)}
        </p>
      )}
      <Field className="form-field" label={t('form.type')}>
        {({ id }) => (
          <select id={id} ref={firstField} value={values.type} onChange={(event) => update('type', event.target.value as InstallationType)} name="type">
            {INSTALLATION_TYPES.map((type) => (
              <option key={type} value={type}>
                {tMap(`type.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field className="form-field" label={t('form.installedAt')} error={errorText('installedAt')} announceError>
        {({ id, errorId }) => (
          <DateField id={id} name="installedAt" value={values.installedAt} max={today} onChange={(next) => update('installedAt', next)} aria-invalid={Boolean(errors.installedAt)} aria-describedby={errorId} />
        )}
      </Field>
      <Field className="form-field" label={t('form.status')}>
        {({ id }) => (
          <select id={id} value={values.status} name="status" onChange={(event) => update('status', event.target.value as InstallationStatus)}>
            {INSTALLATION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {tMap(`status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {values.status === 'dilepas' && (
        <Field className="form-field" label={t('form.removedAt')} error={errorText('removedAt')} announceError>
          {({ id, errorId }) => (
            <DateField id={id} name="removedAt" value={values.removedAt} max={today} onChange={(next) => update('removedAt', next)} aria-invalid={Boolean(errors.removedAt)} aria-describedby={errorId} />
          )}
        </Field>
      )}
      <Field className="form-field" label={t('form.notes')} error={errorText('notes')} announceError>
        {({ id, errorId }) => (
          <textarea id={id} name="notes" rows={2} value={values.notes} placeholder={t('form.notesPlaceholder')} onChange={(event) => update('notes', event.target.value)} aria-invalid={Boolean(errors.notes)} aria-describedby={errorId} />
        )}
      </Field>
      {failure && (
        <p className="field-error" role="alert">
          {t('add.saveFailed', { detail: failure })}
        </p>
      )}
      <div className="form-actions">
        <button type="button" onClick={onCancel}>
          {t('form.cancel')}
        </button>
        <button type="submit" className="primary" disabled={saving}>
          {saving ? t('form.saving') : t('form.save')}
        </button>
      </div>
    </form>
  );
}
