import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { findKelurahan, findOptionText, type FindOption } from './findKelurahan';

interface KelurahanFinderProps {
  /** Every kelurahan of the region, covered or not. */
  options: readonly FindOption[];
  regionName: string;
  /** Selects the kelurahan and shows it on the map. */
  onFind(kode: string): void;
}

/** "Cari kelurahan": any kelurahan by name (a list to pick from as one types) or by kode. */
export function KelurahanFinder({ options, regionName, onFind }: KelurahanFinderProps) {
  const { t } = useTranslation('planner');
  const listId = useId();
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string>();

  const find = (text: string, fromList: boolean) => {
    const result = findKelurahan(text, options);
    if (result.found) {
      setProblem(undefined);
      onFind(result.found.kode);
    } else if (!fromList && text.trim()) {
      setProblem(result.matches > 1 ? t('find.several', { count: result.matches, query: text.trim() }) : t('find.none', { query: text.trim(), region: regionName }));
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    find(query, false);
  };

  return (
    <form className="kelurahan-finder" role="search" onSubmit={submit}>
      <Field label={t('find.label')} error={problem} announceError className="kelurahan-finder-field">
        {({ id, errorId }) => (
          <input
            id={id}
            type="search"
            list={listId}
            value={query}
            placeholder={t('find.placeholder')}
            aria-invalid={problem ? true : undefined}
            aria-describedby={errorId}
            onChange={(event) => {
              setQuery(event.target.value);
              setProblem(undefined);
              // Picked from the list: the field now holds an option's own text.
              if (options.some((option) => findOptionText(option) === event.target.value)) find(event.target.value, true);
            }}
          />
        )}
      </Field>
      <datalist id={listId}>
        {options.map((option) => (
          <option key={option.kode} value={findOptionText(option)} />
        ))}
      </datalist>
      <button type="submit" className="button secondary">{t('find.button')}</button>
    </form>
  );
}
