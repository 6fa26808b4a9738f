import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

const IMPORT_ACCEPT = '.csv,.txt,.tsv,.geojson,.json,text/csv,application/geo+json,application/json';

/** File picker that also takes a file dropped on it. */
export function ImportDropZone({ onFile, disabled }: { onFile: (file: File) => void; disabled?: boolean }) {
  const { t } = useTranslation('import');
  const inputId = useId();
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <label
      htmlFor={inputId}
      className={`import-drop-zone${dragging ? ' import-drop-zone--active' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="import-drop-zone"
    >
      <span>{t('ui.dropHint')}</span>
      <input
        id={inputId}
        type="file"
        accept={IMPORT_ACCEPT}
        disabled={disabled}
        data-testid="import-file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
          event.currentTarget.value = ''; // choosing the same file again must trigger a new read
        }}
      />
    </label>
  );
}
