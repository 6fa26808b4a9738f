// Dates arrive as ISO (`2026-03-15`, maybe with a time), as Indonesian
// spreadsheets write them (`15/03/2026`, `15-03-2026`, `15.03.2026`) or
// spelled out (`15 Maret 2026`, `15 Mar 2026`). Month-first US dates are not
// accepted: in Indonesia 03/04/2026 is the 3rd of April, and guessing would
// silently move installations by months.

const MONTHS = new Map<string, number>([
  ['januari', 1], ['january', 1], ['jan', 1],
  ['februari', 2], ['pebruari', 2], ['february', 2], ['feb', 2], ['peb', 2],
  ['maret', 3], ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['mei', 5], ['may', 5],
  ['juni', 6], ['june', 6], ['jun', 6],
  ['juli', 7], ['july', 7], ['jul', 7],
  ['agustus', 8], ['august', 8], ['agu', 8], ['agt', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['oktober', 10], ['october', 10], ['okt', 10], ['oct', 10],
  ['november', 11], ['nopember', 11], ['nov', 11], ['nop', 11],
  ['desember', 12], ['december', 12], ['des', 12], ['dec', 12],
]);

export type DateParse = { ok: true; date: string } | { ok: false; reason: 'invalid' | 'impossible' };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(year: number, month: number, day: number): DateParse {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: 'impossible' };
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return { ok: true, date: `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` };
}

/** Parses one date cell into `YYYY-MM-DD`; `impossible` means well-formed but not on the calendar (31/02). */
export function parseDate(text: string): DateParse {
  const value = text.trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (match) return build(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/.exec(value);
  if (match) return build(Number(match[3]), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$/.exec(value);
  if (match) {
    const month = MONTHS.get((match[2] ?? '').toLowerCase());
    if (month) return build(Number(match[3]), month, Number(match[1]));
  }
  return { ok: false, reason: 'invalid' };
}
