/** Saves text or a data URL as a file through a temporary link (no server round trip). */
export function downloadFile(fileName: string, content: string | Blob, type = 'text/csv;charset=utf-8'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: Chromium starts the download from the click synchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `cakupan-kelurahan-2026-06-30.csv` */
export function exportFileName(kind: string, date: string, extension = 'csv'): string {
  return `cakupan-${kind}-${date}.${extension}`;
}
