import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../../components/FileButton';

const IMPORT_ACCEPT = [
  '.csv', '.txt', '.tsv', '.xlsx', '.xlsm', '.xls', '.ods', '.geojson', '.json', 'text/csv', 'application/geo+json', 'application/json',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.ms-excel', 'application/vnd.oasis.opendocument.spreadsheet',
].join(',');

/** A file button, and a zone around it that takes a dropped file. */
export function ImportDropZone({ onFile, disabled }: { onFile: (file: File) => void; disabled?: boolean }) {
  const { t } = useTranslation('import');
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      className={`import-drop-zone${dragging ? ' import-drop-zone--active' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      data-testid="import-drop-zone"
    >
      <p>{t('ui.dropHint')}</p>
      <FileButton label={t('ui.choose')} accept={IMPORT_ACCEPT} onFile={onFile} disabled={disabled} testId="import-file-input" />
    </div>
  );
}
