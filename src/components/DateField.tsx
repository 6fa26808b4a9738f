import { useEffect, useId, useRef, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateField, parseDateField } from './dateField';
import './components.css';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'min' | 'max' | 'placeholder'>;

interface DateFieldProps extends InputProps {
  /** The date as ISO `yyyy-mm-dd`, or '' for none. */
  value: string;
  /** Told each ISO date the field comes to hold, and '' when it is emptied; never a half-typed one. */
  onChange: (isoDate: string) => void;
  /** Bounds of the calendar (ISO); a typed date outside them is the caller's to judge. */
  min?: string;
  max?: string;
}

/**
 * A date field that writes dates as the UI's language does (dd/mm/yyyy for id-ID and
 * en-GB) whatever the browser's language: a native date input shows the browser's order
 * (mm/dd/yyyy in an English browser, under an Indonesian UI). Typed text is read as it
 * is typed; text that is not a date yet keeps the last date in force, and is named as
 * unreadable once the field is left. The button beside it (or Alt+↓, F4) opens the
 * browser's calendar.
 * Other props (name, id, aria-*, title, data-testid) go to the text input. Label it by
 * its id (see Field), not with a surrounding <label>: its error would join the name.
 */
export function DateField({ value, onChange, min, max, onFocus, onBlur, onKeyDown, 'aria-describedby': describedBy, 'aria-invalid': invalidFromCaller, ...inputProps }: DateFieldProps) {
  const { t } = useTranslation();
  const errorId = useId();
  const input = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(() => formatDateField(value));
  const [shownValue, setShownValue] = useState(value);
  const [left, setLeft] = useState(false);
  const [focused, setFocused] = useState(false);
  // A new value from outside (the calendar, the URL, a reset) replaces the text, unless
  // the text already says that date, or the person is emptying the field to type a new
  // date (a caller may read '' as a default, e.g. today, and must not refill it meanwhile).
  if (value !== shownValue) {
    setShownValue(value);
    if (parseDateField(text) !== value && !(focused && text.trim() === '')) setText(formatDateField(value));
  }
  const unreadable = parseDateField(text) === undefined;
  const showError = unreadable && left;
  const message = unreadable ? t('dateField.invalid', { text: text.trim() }) : '';
  // The field's validity says it too: a form can refuse to submit (see InstallationForm) rather
  // than save the date in force while the field shows other text; its check shows the message.
  useEffect(() => input.current?.setCustomValidity(message), [message]);

  const type = (next: string) => {
    setText(next);
    setLeft(false);
    const parsed = parseDateField(next);
    if (parsed !== undefined && parsed !== value) {
      setShownValue(parsed);
      onChange(parsed);
    }
  };

  const openCalendar = () => {
    const native = picker.current;
    if (!native) return;
    try {
      native.showPicker();
    } catch {
      native.focus(); // a browser without showPicker, or one that refuses it here
    }
  };

  return (
    <span className="date-field">
      <span className="date-field-row">
        <input
          {...inputProps}
          ref={input}
          type="text"
          autoComplete="off"
          placeholder={t('dateField.placeholder')}
          value={text}
          onChange={(event) => type(event.target.value)}
          onKeyDown={(event) => {
            if ((event.altKey && event.key === 'ArrowDown') || event.key === 'F4') {
              event.preventDefault();
              openCalendar();
            }
            onKeyDown?.(event);
          }}
          aria-keyshortcuts="Alt+ArrowDown"
          onInvalid={() => setLeft(true)}
          onFocus={(event) => {
            setFocused(true);
            onFocus?.(event);
          }}
          onBlur={(event) => {
            setFocused(false);
            setLeft(true);
            if (text.trim() === '') setText(formatDateField(value)); // left empty: show the date in force
            onBlur?.(event);
          }}
          aria-invalid={showError || invalidFromCaller || undefined}
          aria-describedby={[describedBy, showError ? errorId : undefined].filter(Boolean).join(' ') || undefined}
        />
        {/* A shortcut for the mouse, out of the tab order and the accessibility tree (one stop and
            one name per field). Keyboards type the date or press Alt+↓. */}
        <button type="button" className="date-field-button" onClick={openCalendar} title={t('dateField.pick')} disabled={inputProps.disabled} tabIndex={-1} aria-hidden="true">
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
            <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" strokeWidth="1.4" />
          </svg>
        </button>
        <input
          ref={picker}
          type="date"
          className="date-field-native"
          tabIndex={-1}
          aria-hidden="true"
          value={value}
          min={min}
          max={max}
          onChange={(event) => type(formatDateField(event.target.value))}
        />
      </span>
      {showError && (
        <span id={errorId} className="field-error" role="alert">
          {message}
        </span>
      )}
    </span>
  );
}
