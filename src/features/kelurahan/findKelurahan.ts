import { normalise } from './rankingRows';

/** A kelurahan as the finder lists it. */
export interface FindOption {
  kode: string;
  nama: string;
  kecamatan: string;
}

/** What the finder's list shows and puts in the field: "Sadai — Bengkong". */
export const findOptionText = (option: FindOption) => `${option.nama} — ${option.kecamatan}`;

const normaliseQuery = (text: string) => normalise(text).replace(/\s+/g, ' ').trim();

/** The kelurahan meant, or how many could be (0: none; more than 1: say which, do not guess). */
export type FindResult = { found: FindOption } | { found?: undefined; matches: number };

/**
 * The kelurahan a typed name means: an option's own text (picked from the list), else the
 * one whose name is the query, else the only one whose name starts with it, else the only one
 * whose name or kode contains it (accents, case and spacing ignored).
 */
export function findKelurahan(query: string, options: readonly FindOption[]): FindResult {
  const needle = normaliseQuery(query);
  if (!needle) return { matches: 0 };
  const byText = options.find((option) => normaliseQuery(findOptionText(option)) === needle);
  if (byText) return { found: byText };
  for (const matches of [
    (option: FindOption) => normalise(option.nama) === needle,
    (option: FindOption) => normalise(option.nama).startsWith(needle),
  ]) {
    const found = options.filter(matches);
    if (found.length === 1) return { found: found[0]! };
  }
  const containing = options.filter((option) => normalise(option.nama).includes(needle) || option.kode.includes(needle));
  return containing.length === 1 ? { found: containing[0]! } : { matches: containing.length };
}
