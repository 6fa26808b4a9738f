import { useTranslation } from 'react-i18next';
import type { CampaignTarget } from '../../features/coverage/series';

interface Props {
  title: string;
  scope: string;
  asOf: string;
  onAsOfChange: (asOf: string | undefined) => void;
  target: CampaignTarget;
  onTargetChange: (target: CampaignTarget) => void;
  onPrint: () => void;
}

/** Title, scope, the as-of date, the editable target and the print button. */
export function DashboardToolbar({ title, scope, asOf, onAsOfChange, target, onTargetChange, onPrint }: Props) {
  const { t } = useTranslation('dashboard');
  return (
    <div className="dashboard-toolbar">
      <div>
        <h2>{title}</h2>
        <p className="dashboard-scope" data-testid="dashboard-scope">{scope}</p>
      </div>
      <label className="filter-field">
        <span className="filter-label">{t('asOf')}</span>
        <input type="date" value={asOf} onChange={(event) => onAsOfChange(event.target.value || undefined)} />
      </label>
      <details className="target-settings">
        <summary>{t('targetSettings.open')}</summary>
        <div className="target-fields">
          <label className="filter-field">
            <span className="filter-label">{t('targetSettings.share')}</span>
            <input
              type="number" min={0} max={100} step={1} value={Math.round(target.share * 100)}
              onChange={(event) => {
                const percent = Number(event.target.value);
                if (Number.isFinite(percent) && percent >= 0 && percent <= 100) onTargetChange({ ...target, share: percent / 100 });
              }}
            />
          </label>
          <label className="filter-field">
            <span className="filter-label">{t('targetSettings.date')}</span>
            <input type="date" value={target.date} min={target.startDate} onChange={(event) => event.target.value && onTargetChange({ ...target, date: event.target.value })} />
          </label>
          <label className="filter-field">
            <span className="filter-label">{t('targetSettings.startDate')}</span>
            <input type="date" value={target.startDate} max={target.date} onChange={(event) => event.target.value && onTargetChange({ ...target, startDate: event.target.value })} />
          </label>
        </div>
      </details>
      <button type="button" className="button" onClick={onPrint}>{t('print')}</button>
    </div>
  );
}
