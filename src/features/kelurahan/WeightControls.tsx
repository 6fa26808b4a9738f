import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { attributeColumn, MAX_WEIGHT } from '../../geo/rankCandidates';
import type { ExtraFactors } from './extraFactors';
import { factorHowMessage, factorLabelMessage } from './factorText';
import { factorLabelKey } from './rankingRows';

export interface WeightControlsProps {
  /** Factor keys in display order: the built-in ones, then `attribute:<column>` of `extra`. */
  keys: readonly string[];
  weights: Readonly<Record<string, number>>;
  defaults: Readonly<Record<string, number>>;
  onChange(weights: Record<string, number>): void;
  /** The loaded factor file, for its columns' help text. */
  extra?: ExtraFactors;
  /** Shown under the sliders (the factor file's controls). */
  children?: ReactNode;
}

/** One slider per factor with a plain-words explanation; the ranking re-runs on every move. */
export function WeightControls({ keys, weights, defaults, onChange, extra, children }: WeightControlsProps) {
  const { t } = useTranslation('planner');
  const idPrefix = useId();
  const label = (key: string) => {
    const message = factorLabelMessage({ key, labelKey: factorLabelKey(key) });
    return t(message.key, message.params ?? {});
  };
  const help = (key: string) => {
    const how = factorHowMessage({ key });
    const measured = t(how.key, how.params ?? {});
    const column = attributeColumn(key);
    if (column === undefined) return `${t(`weights.help.${key}`)} ${measured}`;
    const direction = extra?.directions[column] ?? 'higher';
    return `${t('factors.help', { file: extra?.fileName ?? '', direction: t(`factors.directions.${direction}`) })} ${measured}`;
  };
  return (
    <details className="weights" data-testid="weight-controls">
      <summary>{t('weights.title')}</summary>
      <p className="hint">{t('weights.intro')}</p>
      {keys.map((key, index) => {
        const value = weights[key] ?? defaults[key] ?? 0;
        const id = `${idPrefix}-${index}`;
        return (
          <div className="weight" key={key}>
            <label htmlFor={id}>
              <strong>{label(key)}</strong>
              <span>{value === 0 ? t('weights.off') : t('weights.value', { value })}</span>
            </label>
            <input
              id={id}
              type="range"
              min={0}
              max={MAX_WEIGHT}
              step={1}
              value={value}
              onChange={(event) => onChange({ ...weights, [key]: Number(event.target.value) })}
              aria-describedby={`${id}-help`}
            />
            <p id={`${id}-help`} className="hint">{help(key)}</p>
          </div>
        );
      })}
      <button type="button" className="link-button" onClick={() => onChange({ ...defaults })}>
        {t('weights.reset')}
      </button>
      {children}
    </details>
  );
}
