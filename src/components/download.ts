/** Saves text, JSON or a Blob as a file through a temporary link (no server round trip). */
export function downloadFile(fileName: string, content: string | Blob | object, type = 'text/csv;charset=utf-8'): void {
  const blob = content instanceof Blob ? content : new Blob([typeof content === 'string' ? content : JSON.stringify(content)], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later, not at once: some browsers start the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `cakupan-kelurahan-2026-06-30.csv` */
export function exportFileName(kind: string, date: string, extension = 'csv'): string {
  return `cakupan-${kind}-${date}.${extension}`;
}

/** `pemasangan-2026-11-26.csv`: dated so repeated exports do not overwrite each other. */
export function datedFileName(base: string, extension: string, date: string): string {
  return `${base}-${date}.${extension}`;
}
