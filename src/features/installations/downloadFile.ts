/** Offers text as a file download (browser only). */
export function downloadFile(fileName: string, content: string | object, mimeType: string): void {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download asynchronously after click().
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `pemasangan-2026-11-26` style base name, dated so repeated exports do not overwrite each other. */
export function datedFileName(base: string, extension: string, date: string): string {
  return `${base}-${date}.${extension}`;
}
