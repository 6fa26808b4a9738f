import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../components/format';
import { DEMO_NOTE } from '../../data/demo';
import { INSTALLATION_STATUSES, type InstallationStatus } from '../../domain/installation';
import type { HistoryEntry } from '../../domain/installationHistory';
import { InstallationHistory } from './InstallationHistory';
import type { PanelInstallation } from './kelurahanPanelModel';

export interface PanelInstallationItemProps {
  installation: PanelInstallation;
  picked: boolean;
  /** Viewers read only: no status choice, no edit or delete (the panel says why once, above the list). */
  canEdit: boolean;
  /** Only on today's view (see KelurahanPanel). */
  canChangeStatus: boolean;
  onFlyTo(installation: PanelInstallation): void;
  onStatusChange(installation: PanelInstallation, status: InstallationStatus): void;
  onEdit(installation: PanelInstallation): void;
  onDelete(installation: PanelInstallation): void;
  /** Reads the installation's history; absent where the store keeps none. */
  loadHistory?: (id: string) => Promise<HistoryEntry[]>;
  kelurahanName(kode: string): string | undefined;
}

/** One installation in the kelurahan panel's list: where it is, its status, its corrections and its history. */
export function PanelInstallationItem({ installation, picked, canEdit, canChangeStatus, onFlyTo, onStatusChange, onEdit, onDelete, loadHistory, kelurahanName }: PanelInstallationItemProps) {
  const { t, i18n } = useTranslation('planner');
  const { t: tMap } = useTranslation('map');
  const { t: tData } = useTranslation('data');
  const [historyOpen, setHistoryOpen] = useState(false);
  const historyId = useId();
  const language = i18n.language;
  const named = { type: tMap(`type.${installation.type}`), date: formatDate(installation.installedAt, language) };
  // What the panel shows of the installation: when it changes (a status set here), an open history reads again.
  const revision = [installation.type, installation.status, installation.installedAt, installation.removedAt, installation.notes, installation.lat, installation.lng].join('|');
  return (
    <li data-installation={installation.id} className={picked ? 'picked' : undefined} aria-current={picked || undefined}>
      <button type="button" className="link-button" onClick={() => onFlyTo(installation)} title={t('panel.flyTo')}>
        <strong>{named.type}</strong> · {t('panel.installedOn', { date: named.date })}
        {installation.removedAt && <> · {t('panel.removedOn', { date: formatDate(installation.removedAt, language) })}</>}
      </button>
      {/* The demo rows' label is stored in Indonesian (it travels with exports); shown in the UI's language. */}
      {installation.notes && <small>{installation.notes === DEMO_NOTE ? tData('demo.label') : installation.notes}</small>}
      {canEdit && canChangeStatus ? (
        <select aria-label={t('panel.changeStatus')} value={installation.status} onChange={(event) => onStatusChange(installation, event.target.value as InstallationStatus)}>
          {INSTALLATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {tMap(`status.${status}`)}
            </option>
          ))}
        </select>
      ) : (
        <span className="installation-status" data-testid="panel-installation-status">{tMap(`status.${installation.status}`)}</span>
      )}
      <div className="installation-actions">
        {canEdit && (
          <>
            <button type="button" className="link-button" onClick={() => onEdit(installation)} aria-label={t('panel.editLabel', named)} data-edit={installation.id}>
              {t('panel.edit')}
            </button>
            <button type="button" className="link-button danger" onClick={() => onDelete(installation)} aria-label={t('panel.deleteLabel', named)}>
              {t('panel.delete')}
            </button>
          </>
        )}
        {loadHistory && (
          <button
            type="button" className="link-button" aria-expanded={historyOpen} aria-controls={historyOpen ? historyId : undefined}
            aria-label={historyOpen ? t('history.hide') : t('history.showLabel', named)} onClick={() => setHistoryOpen((open) => !open)}
          >
            {historyOpen ? t('history.hide') : t('history.show')}
          </button>
        )}
      </div>
      {historyOpen && loadHistory && (
        <InstallationHistory
          id={historyId} installationId={installation.id} revision={revision} load={loadHistory}
          words={{ kelurahanName, demoNote: { stored: DEMO_NOTE, shown: tData('demo.label') } }}
        />
      )}
    </li>
  );
}
