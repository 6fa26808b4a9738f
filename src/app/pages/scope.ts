/** Names of the kecamatan the filter keeps, in the options' order; none without a kecamatan filter. */
export function kecamatanNames(options: ReadonlyArray<{ kode: string; nama: string }>, selected: readonly string[]): string[] {
  return options.filter((option) => selected.includes(option.kode)).map((option) => option.nama);
}

/** What a view covers, for titles: the chosen kecamatan, or the whole region (`wholeRegion`, e.g. "Seluruh Kota Batam"). */
export function scopeLabel(names: readonly string[], wholeRegion: string): string {
  return names.length ? names.join(', ') : wholeRegion;
}
