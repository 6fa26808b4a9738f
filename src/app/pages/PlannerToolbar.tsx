import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';
import { Field } from '../../components/Field';
import { useSession } from '../sessionContext';

export interface PlannerToolbarProps {
  coveredCount: number;
  total: number;
  asOf: string;
  today: string;
  onAsOfChange(asOf: string): void;
  addMode: boolean;
  onAddModeChange(on: boolean): void;
  basemap: boolean;
  onBasemapChange(on: boolean): void;
  /** Saves the map as it is shown, with title and legend, as a PNG. */
  onExportPng(): void;
  /** False until the map has loaded. */
  canExportPng: boolean;
  exportingPng: boolean;
}

/** Summary line and the planner's controls: as-of date, add installation, basemap, PNG export. */
export function PlannerToolbar(props: PlannerToolbarProps) {
  const { t } = useTranslation('planner');
  const { t: tMap } = useTranslation('map');
  const { canEdit } = useSession();
  return (
    <div className="planner-toolbar">
      <p className="planner-summary" data-testid="coverage-summary">
        {t('summary', { covered: props.coveredCount, total: props.total })}
      </p>
      <div className="as-of">
        <Field className="as-of-field" label={t('asOf.label')}>
          {({ id }) => <DateField id={id} value={props.asOf} max={props.today} onChange={props.onAsOfChange} title={t('asOf.hint')} data-testid="as-of" />}
        </Field>
        {props.asOf !== props.today && (
          <button type="button" className="link-button" onClick={() => props.onAsOfChange(props.today)}>
            {t('asOf.today')}
          </button>
        )}
      </div>
      <div className="toolbar-row">
        <button
          type="button" className={props.addMode ? 'primary active' : 'primary'} aria-pressed={props.addMode} onClick={() => props.onAddModeChange(!props.addMode)} data-testid="add-installation"
          disabled={!canEdit} title={canEdit ? undefined : t('auth:readOnlyShort')}
        >
          {props.addMode ? t('add.cancel') : t('add.start')}
        </button>
        <label className="checkbox">
          <input type="checkbox" checked={props.basemap} onChange={(event) => props.onBasemapChange(event.target.checked)} />
          {tMap('basemap.toggle')}
        </label>
        <button type="button" className="button secondary" onClick={props.onExportPng} disabled={!props.canExportPng || props.exportingPng} aria-busy={props.exportingPng} data-testid="export-map-png">
          {props.exportingPng ? t('png.busy') : t('png.button')}
        </button>
      </div>
    </div>
  );
}
