import { useTranslation } from 'react-i18next';
import { IMPORT_FIELDS, type ColumnChoices } from '../../data/import/columns';
import type { ImportPreview } from '../../data/import/preview';
import type { ImportField } from '../../data/import/vocabulary';

const ABSENT = '';
const UNDECIDED = '\u0000undecided';

interface ImportColumnMappingProps {
  preview: ImportPreview;
  choices: ColumnChoices;
  /** Open from the start: the file cannot be read without the user's word. */
  open: boolean;
  onToggle: (open: boolean) => void;
  disabled: boolean;
  onChoose: (field: ImportField, header: string | null) => void;
  onReset: () => void;
  onSheet: (sheet: string) => void;
}

/** The column a field reads now: the user's choice, else the automatic match; undecided when two columns compete. */
export function currentColumn(preview: ImportPreview, choices: ColumnChoices, field: ImportField): string {
  const chosen = choices[field];
  if (chosen !== undefined) return chosen ?? ABSENT;
  if (preview.assignment.ambiguous[field]) return UNDECIDED;
  return preview.assignment.fields[field]?.[0] ?? ABSENT;
}

/**
 * Which column is which: the sheet, where the header was found, and per field
 * a choice among the file's columns, each shown with a few of its values.
 * Every change re-reads the file at once (in the worker).
 */
export function ImportColumnMapping({ preview, choices, open, onToggle, disabled, onChoose, onReset, onSheet }: ImportColumnMappingProps) {
  const { t } = useTranslation('import');
  const recognised = IMPORT_FIELDS.filter((field) => preview.assignment.fields[field]).length;
  const labelOf = (column: string, index: number) => {
    const samples = preview.samples[index] ?? [];
    return samples.length > 0 ? `${column || t('ui.mapping.unnamed', { number: index + 1 })} — ${samples.join(', ')}` : column;
  };
  return (
    <details className="import-mapping" open={open} onToggle={(event) => onToggle(event.currentTarget.open)} data-testid="import-mapping">
      <summary>{t('ui.mapping.title', { count: recognised })}</summary>
      {preview.sheets.length > 1 && (
        <p>
          <label>
            {t('ui.mapping.sheet')}{' '}
            <select value={preview.sheet ?? ''} disabled={disabled} onChange={(event) => onSheet(event.currentTarget.value)} data-testid="import-sheet">
              {preview.sheets.map((sheet) => (
                <option key={sheet} value={sheet}>
                  {sheet}
                </option>
              ))}
            </select>
          </label>
        </p>
      )}
      {preview.headerRow > 0 && <p data-testid="import-header-row">{t('ui.mapping.headerRow', { row: preview.headerRow })}</p>}
      <p>{t('ui.mapping.help')}</p>
      <table className="import-mapping-table">
        <thead>
          <tr>
            <th scope="col">{t('ui.mapping.field')}</th>
            <th scope="col">{t('ui.mapping.column')}</th>
          </tr>
        </thead>
        <tbody>
          {IMPORT_FIELDS.map((field) => {
            const value = currentColumn(preview, choices, field);
            const id = `import-map-${field}`;
            return (
              <tr key={field} className={value === UNDECIDED ? 'import-mapping-undecided' : undefined}>
                <th scope="row">
                  <label htmlFor={id}>{t(`ui.mapping.fields.${field}`)}</label>
                </th>
                <td>
                  <select
                    id={id}
                    value={value}
                    disabled={disabled}
                    data-testid={id}
                    onChange={(event) => onChoose(field, event.currentTarget.value === ABSENT ? null : event.currentTarget.value)}
                  >
                    {value === UNDECIDED && <option value={UNDECIDED}>{t('ui.mapping.choose', { candidates: preview.assignment.ambiguous[field]?.join(', ') })}</option>}
                    <option value={ABSENT}>{t('ui.mapping.absent')}</option>
                    {preview.columns.map((column, index) =>
                      column === '' ? null : (
                        <option key={`${column}-${index}`} value={column}>
                          {labelOf(column, index)}
                        </option>
                      ),
                    )}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {Object.keys(choices).length > 0 && (
        <button type="button" className="button secondary" disabled={disabled} onClick={onReset} data-testid="import-mapping-reset">
          {t('ui.mapping.reset')}
        </button>
      )}
    </details>
  );
}
