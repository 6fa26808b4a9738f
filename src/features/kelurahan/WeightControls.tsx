import { useTranslation } from 'react-i18next';

export interface WeightControlsProps {
  /** Built-in factor keys in display order. */
  keys: readonly string[];
  weights: Readonly<Record<string, number>>;
  defaults: Readonly<Record<string, number>>;
  onChange(weights: Record<string, number>): void;
}

export const MAX_WEIGHT = 5;

/** One slider per factor with a plain-words explanation; the ranking re-runs on every move. */
export function WeightControls({ keys, weights, defaults, onChange }: WeightControlsProps) {
  const { t } = useTranslation('planner');
  return (
    <details className="weights" data-testid="weight-controls">
      <summary>{t('weights.title')}</summary>
      <p className="hint">{t('weights.intro')}</p>
      {keys.map((key) => {
        const value = weights[key] ?? defaults[key] ?? 0;
        return (
          <div className="weight" key={key}>
            <label htmlFor={`weight-${key}`}>
              <strong>{t(`factor.${key}`)}</strong>
              <span>{value === 0 ? t('weights.off') : t('weights.value', { value })}</span>
            </label>
            <input
              id={`weight-${key}`}
              type="range"
              min={0}
              max={MAX_WEIGHT}
              step={1}
              value={value}
              onChange={(event) => onChange({ ...weights, [key]: Number(event.target.value) })}
              aria-describedby={`weight-help-${key}`}
            />
            <p id={`weight-help-${key}`} className="hint">
              {t(`weights.help.${key}`)}
            </p>
          </div>
        );
      })}
      <button type="button" className="link-button" onClick={() => onChange({ ...defaults })}>
        {t('weights.reset')}
      </button>
    </details>
  );
}
