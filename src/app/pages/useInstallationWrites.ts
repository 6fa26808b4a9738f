import { useTranslation } from 'react-i18next';
import { InstallationConflictError } from '../../data/storeErrors';
import { messageOf } from '../../components/messageOf';
import type { NoticeState } from '../../components/Notice';
import type { InstallationStore } from '../../data/store';
import type { Installation, InstallationInput, InstallationStatus } from '../../domain/installation';
import { correctionPatch, statusPatch } from '../../features/installations/installationForm';
import type { PanelInstallation } from '../../features/kelurahan/kelurahanPanelModel';
import type { SetViewState } from '../urlState';

interface WriteContext {
  store: InstallationStore;
  today: string;
  /** The installation being corrected, if any. */
  editing: Installation | undefined;
  kelurahanName(kode: string): string | undefined;
  setView: SetViewState;
  setNotice(notice: NoticeState): void;
  /** After a new installation is saved: the add mode ends. */
  onSaved(): void;
}

/** The planner's writes to the store: a new installation, a status change, a correction; each says how it went. */
export function useInstallationWrites({ store, today, editing, kelurahanName, setView, setNotice, onSaved }: WriteContext) {
  const { t } = useTranslation('planner');
  const save = async (input: InstallationInput) => {
    const created = await store.create(input);
    setNotice({ text: t('add.saved', { name: (created.kelurahanKode && kelurahanName(created.kelurahanKode)) ?? '' }) });
    onSaved();
    if (created.kelurahanKode) setView({ selected: created.kelurahanKode });
  };
  const changeStatus = (installation: PanelInstallation, status: InstallationStatus) => {
    store
      .update(installation.id, statusPatch(status, today, installation.installedAt))
      .then(() => setNotice({ text: t('panel.statusSaved') }))
      .catch((error: unknown) => setNotice({ text: t('panel.statusFailed', { detail: messageOf(error) }), error: true }));
  };
  const saveCorrection = async (input: InstallationInput) => {
    if (!editing) return;
    const moved = input.lng !== editing.lng || input.lat !== editing.lat;
    // Based on the version the form opened with: a change by someone else meanwhile is a conflict, not overwritten.
    await store.update(editing.id, correctionPatch(input, moved), { basedOn: editing.version }).catch((error: unknown) => {
      throw error instanceof InstallationConflictError ? new Error(t('edit.conflict')) : error;
    });
    setNotice({ text: t('edit.saved') });
    setView({ edit: undefined, ...(moved && input.kelurahanKode ? { selected: input.kelurahanKode } : {}) }, { replace: true });
  };
  return { save, changeStatus, saveCorrection };
}
