import './components.css';

interface FileButtonProps {
  label: string;
  accept: string;
  onFile: (file: File) => void;
  disabled?: boolean;
  testId?: string;
}

/**
 * A file picker that reads as one of our buttons, in the UI's language: the browser's
 * own control says "Choose File / No file chosen" in the browser's language. The input
 * stays in the page (visually hidden, focusable, labelled by the button's text).
 */
export function FileButton({ label, accept, onFile, disabled = false, testId }: FileButtonProps) {
  return (
    <label className={`button secondary file-button${disabled ? ' is-disabled' : ''}`}>
      {label}
      <input
        type="file"
        className="visually-hidden"
        accept={accept}
        disabled={disabled}
        data-testid={testId}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
          event.currentTarget.value = ''; // choosing the same file again must trigger a new read
        }}
      />
    </label>
  );
}
