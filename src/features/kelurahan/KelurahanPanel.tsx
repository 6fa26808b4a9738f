import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../components/format';
import { scrollIntoViewWithin } from '../../components/scrollWithin';
import { INSTALLATION_STATUSES, INSTALLATION_TYPES, type InstallationStatus } from '../../domain/installation';
import type { HistoryEntry } from '../../domain/installationHistory';
import { FactorBreakdown } from './FactorBreakdown';
import { PanelInstallationItem } from './PanelInstallationItem';
import { PANEL_LIST_PAGE, panelListLength, type KelurahanPanelModel, type PanelInstallation } from './kelurahanPanelModel';
import { RankComparison } from './RankComparison';
import type { RankComparison as RankComparisonModel, RankingRow } from './rankingRows';

export interface KelurahanPanelProps {
  model: KelurahanPanelModel;
  /** The kelurahan's row in the ranking; absent when covered. */
  rankRow?: RankingRow;
  rankCount: number;
  /** Against the kelurahan one rank higher (`compareWithAbove`); absent for the first and when covered. */
  comparison?: RankComparisonModel;
  onClose(): void;
  onZoom(): void;
  onSelectKelurahan(kode: string): void;
  onFlyTo(installation: PanelInstallation): void;
  onStatusChange(installation: PanelInstallation, status: InstallationStatus): void;
  /** Correct a wrong installation (its fields or its place), or delete a mistaken one. */
  onEdit(installation: PanelInstallation): void;
  onDelete(installation: PanelInstallation): void;
  /** The installation whose correction just closed: its Ubah button takes the focus back. */
  returnFocusTo?: string;
  /** The installation whose symbol was clicked on the map: marked in the list and scrolled to. */
  pickedId?: string;
  /** False for a viewer: the list offers no status change, edit or delete, and says why. */
  canEdit: boolean;
  /**
   * False on an earlier as-of date: the list shows each status as it stood then, and a
   * change is made to the record as it is today, so the choice is offered only on today.
   */
  canChangeStatus: boolean;
  /** Reads an installation's history; absent where the store keeps none. */
  loadHistory?: (id: string) => Promise<HistoryEntry[]>;
  kelurahanName(kode: string): string | undefined;
}

export function KelurahanPanel({ model, rankRow, rankCount, comparison, onClose, onZoom, onSelectKelurahan, onFlyTo, onStatusChange, onEdit, onDelete, returnFocusTo, pickedId, canEdit, canChangeStatus, loadHistory, kelurahanName }: KelurahanPanelProps) {
  const { t, i18n } = useTranslation('planner');
  const { t: tMap } = useTranslation('map');
  const listRef = useRef<HTMLUListElement>(null);
  // The list comes a page at a time (the panel is keyed by kelurahan, so a new one starts at one page).
  const [pages, setPages] = useState(1);
  // After "show more", the first newly listed installation takes the focus (index into the list).
  const [focusIndex, setFocusIndex] = useState<number>();
  const indexOf = (id: string | undefined) => (id ? model.installations.findIndex((installation) => installation.id === id) : -1);
  const listed = panelListLength(model.installations.length, pages, [indexOf(pickedId), indexOf(returnFocusTo)]);
  const more = Math.min(PANEL_LIST_PAGE, model.installations.length - listed);
  useEffect(() => {
    if (focusIndex !== undefined) listRef.current?.children[focusIndex]?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [focusIndex]);
  const showMore = () => {
    setFocusIndex(listed);
    setPages(Math.ceil(listed / PANEL_LIST_PAGE) + 1);
  };
  useEffect(() => {
    if (returnFocusTo) listRef.current?.querySelector<HTMLButtonElement>(`[data-edit="${CSS.escape(returnFocusTo)}"]`)?.focus();
  }, [returnFocusTo]);
  useEffect(() => {
    const item = pickedId ? listRef.current?.querySelector<HTMLElement>(`[data-installation="${CSS.escape(pickedId)}"]`) : null;
    if (item) scrollIntoViewWithin(item);
  }, [pickedId]);
  const language = i18n.language;
  const state = model.covered ? 'covered' : rankRow?.recommended ? 'recommended' : 'uncovered';
  return (
    <aside className="kelurahan-panel" aria-labelledby="kelurahan-panel-title" data-testid="kelurahan-panel" data-kode={model.kode}>
      <header>
        <h2 id="kelurahan-panel-title">{model.nama}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t('panel.close')}>
          ×
        </button>
      </header>
      <dl className="facts">
        <dt>{t('panel.kecamatan')}</dt>
        <dd>{model.kecamatan}</dd>
        <dt>{t('panel.area')}</dt>
        <dd>{t('panel.areaValue', { value: formatNumber(model.areaKm2, language, 2) })}</dd>
        <dt>{t('panel.state')}</dt>
        <dd>
          <span className={`state-chip state-${state}`} data-testid="panel-state" data-state={state}>
            {tMap(`legend.state.${state}`)}
          </span>
        </dd>
      </dl>
      <button type="button" className="link-button" onClick={onZoom}>
        {t('panel.zoomTo')}
      </button>

      <h3>{t('panel.byType')}</h3>
      <ul className="count-grid">
        {INSTALLATION_TYPES.map((type) => (
          <li key={type}>
            <span>{tMap(`type.${type}`)}</span>
            <strong>{formatNumber(model.byType[type], language, 0)}</strong>
          </li>
        ))}
      </ul>
      <h3>{t('panel.byStatus')}</h3>
      <ul className="count-grid">
        {INSTALLATION_STATUSES.map((status) => (
          <li key={status}>
            <span>{tMap(`status.${status}`)}</span>
            <strong>{formatNumber(model.byStatus[status], language, 0)}</strong>
          </li>
        ))}
      </ul>

      <h3>{t('panel.rank')}</h3>
      {rankRow ? (
        <>
            <p className="rank-line">{t('panel.rankValue', { rank: rankRow.rank, count: rankCount })}</p>
            <p className="hint">{t('panel.whyRank')}</p>
            <FactorBreakdown factors={rankRow.factors} total={rankRow.total} detailed />
            {comparison && <RankComparison comparison={comparison} />}
        </>
      ) : (
        <p className="hint">{t('panel.coveredNoRank')}</p>
      )}

      <h3>{t('panel.neighbours')}</h3>
      {model.neighbours.length === 0 ? (
        <p className="hint">{t('panel.noNeighbours')}</p>
      ) : (
        <ul className="neighbour-list">
          {model.neighbours.map((neighbour) => (
            <li key={neighbour.kode}>
              <button type="button" className="link-button" onClick={() => onSelectKelurahan(neighbour.kode)}>
                <span className={`dot state-${neighbour.covered ? 'covered' : 'uncovered'}`} aria-hidden="true" />
                {neighbour.nama}
              </button>
            </li>
          ))}
        </ul>
      )}

      <h3>{t('panel.installations')}</h3>
      {!canEdit && model.installations.length > 0 && <p className="hint" data-testid="panel-read-only">{t('panel.readOnly')}</p>}
      {canEdit && !canChangeStatus && model.installations.length > 0 && <p className="hint" data-testid="panel-past-status">{t('panel.pastStatus')}</p>}
      {model.installations.length === 0 ? (
        <p className="hint">{t(canEdit ? 'panel.noInstallations' : 'panel.noInstallationsReadOnly')}</p>
      ) : (
        <>
          <ul className="installation-list" data-testid="panel-installations" ref={listRef}>
            {model.installations.slice(0, listed).map((installation) => (
              <PanelInstallationItem
                key={installation.id} installation={installation} picked={installation.id === pickedId} canEdit={canEdit} canChangeStatus={canChangeStatus}
                onFlyTo={onFlyTo} onStatusChange={onStatusChange} onEdit={onEdit} onDelete={onDelete} loadHistory={loadHistory} kelurahanName={kelurahanName}
              />
            ))}
          </ul>
          {model.installations.length > PANEL_LIST_PAGE && (
            <p className="hint list-more" data-testid="panel-installations-count">
              {t('panel.listed', { listed: formatNumber(listed, language), total: formatNumber(model.installations.length, language) })}
              {more > 0 && (
                <button type="button" className="button secondary" onClick={showMore}>
                  {t('panel.showMore', { formatted: formatNumber(more, language) })}
                </button>
              )}
            </p>
          )}
        </>
      )}
    </aside>
  );
}
