import { KELURAHAN_KODE } from '../../domain/installation';
import { normalizeWord } from './vocabulary';

// "Kel. Batu Selicin", "KELURAHAN batu selicin" and "Batu  Selicin" name the same place.
const PREFIX = /^\s*(?:kelurahan|kel\.?|desa|ds\.?)\s+/i;

function normalizeKelurahanName(name: string): string {
  return normalizeWord(name.replace(PREFIX, ''));
}

export type KelurahanMatch =
  | { kind: 'found'; kode: string }
  | { kind: 'ambiguous'; kodes: string[] }
  | { kind: 'unknown' };

/** Resolves names and codes written in a file to the region's kelurahan codes. */
export interface Gazetteer {
  byName(name: string): KelurahanMatch;
  byKode(kode: string): KelurahanMatch;
  nameOf(kode: string): string | undefined;
}

export function createGazetteer(kelurahan: ReadonlyArray<{ kode: string; nama: string }>): Gazetteer {
  const names = new Map<string, string[]>();
  const kodes = new Map<string, string>();
  for (const { kode, nama } of kelurahan) {
    const key = normalizeKelurahanName(nama);
    names.set(key, [...(names.get(key) ?? []), kode]);
    kodes.set(kode, nama);
  }
  return {
    byName(name) {
      const found = names.get(normalizeKelurahanName(name)) ?? [];
      if (found.length === 1) return { kind: 'found', kode: found[0] as string };
      return found.length > 1 ? { kind: 'ambiguous', kodes: found } : { kind: 'unknown' };
    },
    byKode(text) {
      // Spreadsheets drop the dots (2171061004) or turn the code into a number.
      const digits = text.replace(/\D/g, '');
      const kode = KELURAHAN_KODE.test(text.trim())
        ? text.trim()
        : digits.length === 10
          ? `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 6)}.${digits.slice(6)}`
          : '';
      return kodes.has(kode) ? { kind: 'found', kode } : { kind: 'unknown' };
    },
    nameOf: (kode) => kodes.get(kode),
  };
}
