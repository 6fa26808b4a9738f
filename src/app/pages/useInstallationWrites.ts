import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { InstallationConflictError } from '../../data/storeErrors';
import { fetchLastChange } from '../../data/installationHistory';
import { messageOf } from '../../components/messageOf';
import type { NoticeState } from '../../components/Notice';
import type { InstallationStore } from '../../data/store';
import type { Installation, InstallationInput, InstallationPatch, InstallationStatus } from '../../domain/installation';
import { differingFields, valuesAfterPatch, type EditableValues } from '../../domain/installationConflict';
import type { ConflictDialogProps } from '../../features/installations/ConflictDialog';
import { correctionPatch, statusPatch } from '../../features/installations/installationForm';
import type { PanelInstallation } from '../../features/kelurahan/kelurahanPanelModel';
import type { SetViewState } from '../urlState';

interface WriteContext {
  store: InstallationStore;
  /** The stored rows: a status change is based on the version of the row the panel shows. */
  installations: readonly Installation[];
  today: string;
  /** The installation being corrected, as it was when the form opened (the version the edit is based on). */
  editing: Installation | undefined;
  kelurahanName(kode: string): string | undefined;
  setView: SetViewState;
  setNotice(notice: NoticeState): void;
  /** After a new installation is saved: the add mode ends. */
  onSaved(): void;
}

interface Conflict {
  base: EditableValues;
  mine: EditableValues;
  theirs: Installation;
  lastChange?: ConflictDialogProps['lastChange'];
}

/**
 * The planner's writes to the store: a new installation, a status change, a correction; each
 * says how it went. A correction someone else overtook opens the conflict screen (`conflict`).
 */
export function useInstallationWrites({ store, installations, today, editing, kelurahanName, setView, setNotice, onSaved }: WriteContext) {
  const { t } = useTranslation('planner');
  const [conflict, setConflict] = useState<Conflict>();
  const save = async (input: InstallationInput) => {
    const created = await store.create(input);
    setNotice({ text: t('add.saved', { name: (created.kelurahanKode && kelurahanName(created.kelurahanKode)) ?? '' }) });
    onSaved();
    if (created.kelurahanKode) setView({ selected: created.kelurahanKode });
  };
  /** Based on the version the panel shows: a change someone else made meanwhile opens the conflict screen. */
  const changeStatus = (installation: PanelInstallation, status: InstallationStatus) => {
    const stored = installations.find((row) => row.id === installation.id);
    if (!stored) return;
    const patch = statusPatch(status, today, stored.installedAt);
    update(stored.id, stored, valuesAfterPatch(stored, patch), patch, stored.version)
      .then((saved) => saved && setNotice({ text: t('panel.statusSaved') }))
      .catch((error: unknown) => setNotice({ text: t('panel.statusFailed', { detail: messageOf(error) }), error: true }));
  };

  /**
   * The correction is over (saved, or given up for the saved version): the form closes. A moved
   * point selects its kelurahan, and so does taking the saved version, whose panel shows that row.
   */
  const finish = (text: string, base: EditableValues, saved: Installation, show = false) => {
    setConflict(undefined);
    setNotice({ text });
    const moved = saved.lng !== base.lng || saved.lat !== base.lat;
    setView({ edit: undefined, ...((moved || show) && saved.kelurahanKode ? { selected: saved.kelurahanKode } : {}) }, { replace: true });
  };
  const showConflict = (base: EditableValues, mine: EditableValues, theirs: Installation) => {
    // Both saved the same values: nothing of the user's is lost.
    if (differingFields(mine, theirs).length === 0) return finish(t('edit.saved'), base, theirs);
    setConflict({ base, mine, theirs });
    void fetchLastChange(store, theirs.id).then((lastChange) =>
      setConflict((current) => (current?.theirs === theirs && lastChange ? { ...current, lastChange } : current)));
  };
  /** Sends `patch` based on `basedOn`; a newer saved row than that shows the conflict screen (again) instead. */
  const update = async (id: string, base: EditableValues, mine: EditableValues, patch: InstallationPatch, basedOn: number | undefined) => {
    try {
      return await store.update(id, patch, { basedOn });
    } catch (error) {
      if (!(error instanceof InstallationConflictError)) throw error;
      showConflict(base, mine, error.current);
      return undefined;
    }
  };

  const saveCorrection = async (input: InstallationInput) => {
    if (!editing) return;
    const moved = input.lng !== editing.lng || input.lat !== editing.lat;
    const patch = correctionPatch(input, moved);
    const saved = await update(editing.id, editing, valuesAfterPatch(editing, patch), patch, editing.version);
    if (saved) finish(t('edit.saved'), editing, saved);
  };

  const conflictDialog: ConflictDialogProps | undefined = conflict && {
    ...conflict,
    kelurahanName,
    async onSave(patch, basedOn, merged) {
      const saved = await update(conflict.theirs.id, conflict.base, conflict.mine, patch, basedOn);
      if (saved) finish(t(merged ? 'conflict.merged' : 'conflict.keptMine'), conflict.base, saved);
    },
    onTakeTheirs: () => finish(t('conflict.tookTheirs'), conflict.base, conflict.theirs, true),
    onCancel: () => setConflict(undefined),
  };
  return { save, changeStatus, saveCorrection, conflictDialog };
}
