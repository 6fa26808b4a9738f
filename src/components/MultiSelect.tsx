import { useId } from 'react';

export interface Option<Value extends string> {
  value: Value;
  label: string;
}

interface MultiSelectProps<Value extends string> {
  label: string;
  /** What the closed control says when nothing is chosen, e.g. "Semua". */
  allLabel: string;
  options: readonly Option<Value>[];
  value: readonly Value[];
  onChange: (value: Value[]) => void;
}

/** A disclosure with checkboxes: native elements, so keyboard and screen readers work without extra code. */
export function MultiSelect<Value extends string>({ label, allLabel, options, value, onChange }: MultiSelectProps<Value>) {
  const id = useId();
  const chosen = new Set(value);
  const summary = value.length === 0 ? allLabel : options.filter((option) => chosen.has(option.value)).map((option) => option.label).join(', ');
  return (
    <details
      className="multi-select"
      // Escape closes the list and returns focus to its toggle, as a native select would.
      onKeyDown={(event) => {
        const details = event.currentTarget;
        if (event.key !== 'Escape' || !details.open) return;
        details.open = false;
        details.querySelector('summary')?.focus();
      }}
    >
      <summary aria-describedby={`${id}-value`}>
        <span className="filter-label">{label}</span>
        <span id={`${id}-value`} className="multi-select-value">{summary}</span>
      </summary>
      <fieldset>
        <legend className="visually-hidden">{label}</legend>
        {options.map((option) => (
          <label key={option.value} className="check">
            <input
              type="checkbox"
              checked={chosen.has(option.value)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? options.filter((item) => chosen.has(item.value) || item.value === option.value).map((item) => item.value)
                    : value.filter((item) => item !== option.value),
                )
              }
            />
            {option.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
