import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../../components/FileButton';
import { messageOf } from '../../components/messageOf';
import { decodeText } from '../../data/import/decodeText';
import type { AttributeError } from '../../data/factors/parseAttributesCsv';
import type { FactorDirection } from '../../geo/rankCandidates';
import { readFactorFile, type ExtraFactors } from './extraFactors';

interface ExtraFactorsControlProps {
  factors?: ExtraFactors;
  /** The region's kelurahan: rows for any other kode are errors. */
  knownKodes: ReadonlySet<string>;
  /** Returns false when the browser could not keep the factors (they still apply). */
  onChange(factors: ExtraFactors | undefined): boolean;
}

type Outcome =
  | { kind: 'loaded'; fileName: string; kelurahan: number; withoutRow: number; saved: boolean }
  | { kind: 'rejected'; fileName: string; errors: AttributeError[] }
  | { kind: 'unreadable'; fileName: string; detail: string };

/** Problems listed in full up to this many; the rest are counted. */
const SHOWN_ERRORS = 8;

/**
 * Loads a planner's CSV of extra factors (e.g. informal workers per kelurahan) into the
 * ranking, sets whether more or less is better per column, and removes it. A file with
 * any problem is refused as a whole, each problem named by row and column, and the
 * factors already in use stay.
 */
export function ExtraFactorsControl({ factors, knownKodes, onChange }: ExtraFactorsControlProps) {
  const { t } = useTranslation('planner');
  const [outcome, setOutcome] = useState<Outcome>();

  const load = async (file: File) => {
    let text: string;
    try {
      // Excel's "Unicode text" is UTF-16 (see decodeText); everything else is read as UTF-8.
      text = decodeText(new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      setOutcome({ kind: 'unreadable', fileName: file.name, detail: messageOf(error) });
      return;
    }
    const result = readFactorFile(text, file.name, knownKodes);
    if (!result.ok) {
      setOutcome({ kind: 'rejected', fileName: file.name, errors: result.errors });
      return;
    }
    const saved = onChange(result.factors);
    setOutcome({ kind: 'loaded', fileName: file.name, kelurahan: result.factors.rows.length, withoutRow: result.withoutRow, saved });
  };
  const setDirection = (column: string, direction: FactorDirection) => {
    if (factors) onChange({ ...factors, directions: { ...factors.directions, [column]: direction } });
  };
  const remove = () => {
    onChange(undefined);
    setOutcome(undefined);
  };
  const problem = (error: AttributeError) => {
    const reason = error.code.startsWith('csv.')
      ? t('factors.reason.csv', { detail: error.message })
      : t(`factors.reason.${error.code.replace('attributes.', '')}`, { value: error.value ?? '' });
    return error.row > 0 ? t('factors.problemAt', { row: error.row, field: error.field || '–', reason }) : reason;
  };

  return (
    <fieldset className="extra-factors" data-testid="extra-factors">
      <legend>{t('factors.title')}</legend>
      <p className="hint">{t('factors.intro')}</p>
      {factors && (
        <>
          <p className="hint" data-testid="extra-factors-file">{t('factors.inUse', { file: factors.fileName, count: factors.columns.length })}</p>
          {factors.columns.map((column) => (
            <label key={column} className="factor-direction">
              {t('factor.attribute', { name: column })}
              <select value={factors.directions[column]} onChange={(event) => setDirection(column, event.target.value as FactorDirection)}>
                <option value="higher">{t('factors.directions.higher')}</option>
                <option value="lower">{t('factors.directions.lower')}</option>
              </select>
            </label>
          ))}
        </>
      )}
      <FileButton label={factors ? t('factors.replace') : t('factors.load')} accept=".csv,.txt,text/csv,text/plain" onFile={(file) => void load(file)} testId="extra-factors-input" />
      {factors && <button type="button" className="link-button" onClick={remove}>{t('factors.remove')}</button>}
      {outcome?.kind === 'loaded' && (
        <p role="status" className="hint">
          {t('factors.loaded', { file: outcome.fileName, count: outcome.kelurahan })}
          {outcome.withoutRow > 0 && ` ${t('factors.withoutRow', { count: outcome.withoutRow })}`}
          {!outcome.saved && ` ${t('factors.notSaved')}`}
        </p>
      )}
      {outcome?.kind === 'unreadable' && <p role="alert" className="status-line error">{t('factors.unreadable', { file: outcome.fileName, detail: outcome.detail })}</p>}
      {outcome?.kind === 'rejected' && (
        <div role="alert" className="status-line error" data-testid="extra-factors-errors">
          <p>{t('factors.rejected', { file: outcome.fileName, count: outcome.errors.length })}</p>
          <ul>
            {outcome.errors.slice(0, SHOWN_ERRORS).map((error, index) => <li key={index}>{problem(error)}</li>)}
          </ul>
          {outcome.errors.length > SHOWN_ERRORS && <p>{t('factors.moreProblems', { count: outcome.errors.length - SHOWN_ERRORS })}</p>}
        </div>
      )}
    </fieldset>
  );
}
