import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../components/format';
import { messageOf } from '../../components/messageOf';
import type { LastChange } from '../../data/installationHistory';
import type { Installation, InstallationPatch } from '../../domain/installation';
import {
  allFrom, CONFLICT_FIELDS, defaultChoices, differingFields, resolveConflict,
  type ConflictChoices, type ConflictField, type ConflictSide, type EditableValues,
} from '../../domain/installationConflict';
import '../../components/components.css';
import './conflict.css';

export interface ConflictDialogProps {
  /** The version the user's edit started from (what the form opened with). */
  base: EditableValues;
  /** What the user tried to save. */
  mine: EditableValues;
  /** What is saved now (the 409's row). */
  theirs: Installation;
  /** Who saved `theirs` and when, if the server's history says. */
  lastChange?: LastChange;
  kelurahanName(kode: string): string | undefined;
  /** Saves the resolution; a rejection is shown in the dialog (a new conflict replaces its rows instead). */
  onSave(patch: InstallationPatch, basedOn: number | undefined, merged: boolean): Promise<void>;
  /** The saved row stands: the user's change is dropped. */
  onTakeTheirs(): void;
  /** Back to the form, nothing saved. */
  onCancel(): void;
}

/** i18n keys (planner) of the field names, as the form labels them. */
const FIELD_LABEL: Record<ConflictField, string> = {
  type: 'form.type', status: 'form.status', installedAt: 'form.installedAt', notes: 'form.notes', location: 'add.location',
};

/**
 * Someone else saved the installation while this user was correcting it: both versions side
 * by side, and the user decides (keep mine, take theirs, or choose per field). Nothing is
 * overwritten without this choice; a save is based on the saved version it was shown.
 */
export function ConflictDialog({ base, mine, theirs, lastChange, kelurahanName, onSave, onTakeTheirs, onCancel }: ConflictDialogProps) {
  const { t, i18n } = useTranslation('planner');
  const { t: tMap } = useTranslation('map');
  const dialog = useRef<HTMLDialogElement>(null);
  const [merging, setMerging] = useState(false);
  const [choices, setChoices] = useState<ConflictChoices>(() => defaultChoices(base, mine, theirs));
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string>();
  const differing = differingFields(mine, theirs);

  // A modal <dialog>: the page behind is inert, Tab stays inside, Escape cancels, and closing
  // gives focus back to what had it (the form's Save button).
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    // After showModal, which would focus the first button ("keep mine"): focus starts on the choice that changes nothing.
    element?.querySelector<HTMLButtonElement>('[data-action=cancel]')?.focus();
    return () => element?.close();
  }, []);
  // Choosing per field replaces the buttons that had focus: focus goes to the first choice, and back.
  const switched = useRef(false);
  useEffect(() => {
    if (!switched.current) return;
    const target = merging ? dialog.current?.querySelector<HTMLInputElement>('input[type=radio]:checked') : dialog.current?.querySelector<HTMLButtonElement>('[data-action=merge]');
    target?.focus();
  }, [merging]);
  const switchMode = (on: boolean) => {
    switched.current = true;
    setMerging(on);
  };
  // A newer saved row (the save conflicted again): the merge starts over from it.
  const [shownVersion, setShownVersion] = useState(theirs.version);
  if (shownVersion !== theirs.version) {
    setShownVersion(theirs.version);
    setChoices(defaultChoices(base, mine, theirs));
  }

  const valueText = (field: ConflictField, values: EditableValues): string => {
    if (field === 'type') return tMap(`type.${values.type}`);
    if (field === 'installedAt') return formatDate(values.installedAt, i18n.language);
    if (field === 'notes') return values.notes.trim() || t('conflict.empty');
    if (field === 'status') {
      const status = tMap(`status.${values.status}`);
      return values.removedAt ? t('conflict.removedOn', { status, date: formatDate(values.removedAt, i18n.language) }) : status;
    }
    const point = `${values.lat.toFixed(5)}, ${values.lng.toFixed(5)}`;
    const name = values.kelurahanKode && kelurahanName(values.kelurahanKode);
    return name ? `${point} · ${t('add.inKelurahan', { name })}` : point;
  };

  const save = async (chosen: ConflictChoices) => {
    const resolution = resolveConflict(mine, theirs, chosen);
    if (resolution.kind === 'unchanged') return onTakeTheirs();
    if (resolution.kind === 'invalid') return setFailure(t('conflict.invalid', { field: t(FIELD_LABEL[resolution.field]) }));
    setBusy(true);
    setFailure(undefined);
    try {
      await onSave(resolution.patch, resolution.basedOn, merging);
    } catch (error) {
      setFailure(t('add.saveFailed', { detail: messageOf(error) }));
    } finally {
      setBusy(false);
    }
  };

  const savedBy = lastChange
    ? t('conflict.savedBy', { user: lastChange.user, at: formatDateTime(lastChange.at, i18n.language) })
    : t('conflict.savedAt', { at: formatDateTime(theirs.updatedAt, i18n.language) });
  const sides: { side: ConflictSide; values: EditableValues; label: string }[] = [
    { side: 'mine', values: mine, label: t('conflict.mine') },
    { side: 'theirs', values: theirs, label: t('conflict.theirs') },
  ];

  return (
    <dialog
      ref={dialog}
      className="conflict-dialog"
      aria-labelledby="conflict-title"
      aria-describedby="conflict-intro"
      data-testid="conflict-dialog"
      onCancel={(event) => {
        event.preventDefault(); // Escape: the same as Batal, through React state rather than the element alone
        if (!busy) onCancel();
      }}
    >
      <h2 id="conflict-title">{t('conflict.title')}</h2>
      <p id="conflict-intro">{t(merging ? 'conflict.mergeIntro' : 'conflict.intro', { count: differing.length })}</p>
      <table className="conflict-table">
        <thead>
          <tr>
            <th scope="col">{t('conflict.field')}</th>
            <th scope="col">{t('conflict.mine')}</th>
            <th scope="col">
              {t('conflict.theirs')}
              <span className="conflict-saved-by">{savedBy}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {CONFLICT_FIELDS.map((field) => {
            const differs = differing.includes(field);
            return (
              <tr key={field} className={differs ? 'differs' : undefined} data-field={field}>
                <th scope="row">
                  {t(FIELD_LABEL[field])}
                  {differs && <span className="conflict-badge">{t('conflict.differs')}</span>}
                </th>
                {sides.map(({ side, values, label }) =>
                  merging && differs ? (
                    <td key={side} className={choices[field] === side ? 'chosen' : undefined}>
                      <label>
                        <input
                          type="radio"
                          name={`conflict-${field}`}
                          checked={choices[field] === side}
                          onChange={() => setChoices((current) => ({ ...current, [field]: side }))}
                        />
                        <span className="visually-hidden">{`${t(FIELD_LABEL[field])}: ${label} — `}</span>
                        {valueText(field, values)}
                      </label>
                    </td>
                  ) : (
                    <td key={side}>{valueText(field, values)}</td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      <div className="conflict-actions">
        {merging ? (
          <>
            <button type="button" className="primary" disabled={busy} onClick={() => void save(choices)}>
              {busy ? t('form.saving') : t('conflict.saveMerge')}
            </button>
            <button type="button" disabled={busy} onClick={() => switchMode(false)}>
              {t('conflict.back')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="primary" disabled={busy} onClick={() => void save(allFrom('mine', mine, theirs))}>
              {busy ? t('form.saving') : t('conflict.keepMine')}
            </button>
            <button type="button" disabled={busy} onClick={onTakeTheirs}>
              {t('conflict.takeTheirs')}
            </button>
            <button type="button" disabled={busy} onClick={() => switchMode(true)} data-action="merge">
              {t('conflict.merge')}
            </button>
          </>
        )}
        <button type="button" disabled={busy} onClick={onCancel} data-action="cancel">
          {t('form.cancel')}
        </button>
      </div>
    </dialog>
  );
}
