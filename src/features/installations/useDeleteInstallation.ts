import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format';
import { messageOf } from '../../components/messageOf';
import type { NoticeState } from '../../components/Notice';
import type { Installation } from '../../domain/installation';
import type { InstallationStore } from '../../data/store';

/**
 * Deletes one installation at once, without asking: the notice names what went and
 * offers to undo it (the store gives back what it deleted, `restore` puts it back).
 */
export function useDeleteInstallation(store: InstallationStore, say: (notice: NoticeState) => void) {
  const { t, i18n } = useTranslation('planner');
  const { t: mapText } = useTranslation('map');
  const restore = (removed: Installation[]) => {
    store
      .restore(removed)
      .then(() => say({ text: t('panel.restored') }))
      .catch((error: unknown) => say({ text: t('panel.restoreFailed', { detail: messageOf(error) }), error: true }));
  };
  return (installation: Pick<Installation, 'id' | 'type' | 'installedAt'>) => {
    const named = { type: mapText(`type.${installation.type}`), date: formatDate(installation.installedAt, i18n.language) };
    store
      .remove([installation.id])
      .then((removed) => say({ text: t('panel.deleted', named), action: { label: t('panel.undo'), run: () => restore(removed) } }))
      .catch((error: unknown) => say({ text: t('panel.deleteFailed', { detail: messageOf(error) }), error: true }));
  };
}
