import { useId, type ReactNode } from 'react';

export interface FieldProps {
  label: ReactNode;
  /** Shown under the control, outside its label: it describes the field (give `errorId` to `aria-describedby`), it does not name it. */
  error?: ReactNode;
  /** The error is announced as it appears (`role="alert"`), e.g. after a save that failed. */
  announceError?: boolean;
  className?: string;
  labelClassName?: string;
  /** The control, with the id its label points at and, while there is an error, the error's id. */
  children: (ids: { id: string; errorId?: string }) => ReactNode;
}

/**
 * A labelled control whose error sits beside its label, not in it: everything inside a
 * <label> becomes the control's accessible name, so an error (or a DateField's own) inside
 * one would be read as part of the name, and again as the description.
 */
export function Field({ label, error, announceError, className, labelClassName, children }: FieldProps) {
  const id = useId();
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {children({ id, errorId })}
      {error && (
        <span id={errorId} className="field-error" role={announceError ? 'alert' : undefined}>
          {error}
        </span>
      )}
    </div>
  );
}
