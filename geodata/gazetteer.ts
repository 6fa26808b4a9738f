/** Official area names and codes (Kemendagri), as shipped by npm `idn-area-data`. */
export interface GazetteerArea {
  code: string;
  name: string;
  parentCode: string;
}

export interface Gazetteer {
  villages: GazetteerArea[];
  districts: GazetteerArea[];
  regencies: GazetteerArea[];
}

export interface GazetteerReport {
  region: string;
  expected: number;
  matched: number;
  /** In the gazetteer, absent from the boundary data. */
  missing: GazetteerArea[];
  /** In the boundary data, absent from the gazetteer. */
  extra: { kode: string; nama: string }[];
  /** Same code, names differ even after normalising case, spacing and punctuation. */
  misspelt: { kode: string; nama: string; official: string }[];
  /** Codes that appear more than once in the boundary data. */
  duplicates: string[];
}

/** Loads the gazetteer lazily: idn-area-data parses ~84 000 villages, so the `--if-stale` path never imports it. */
export async function loadGazetteer(): Promise<Gazetteer> {
  const data = await import('idn-area-data');
  const [villages, districts, regencies] = await Promise.all([data.getVillages(), data.getDistricts(), data.getRegencies()]);
  return {
    villages: villages.map((village) => ({ code: village.code, name: village.name, parentCode: village.district_code })),
    districts: districts.map((district) => ({ code: district.code, name: district.name, parentCode: district.regency_code })),
    regencies: regencies.map((regency) => ({ code: regency.code, name: regency.name, parentCode: regency.province_code })),
  };
}

/** Case, spacing and punctuation differ between sources ("TANJUNG UMA", "Tanjung  Uma", "Tanjunguma."). */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Title-cases names that a source ships in upper case ("KOTA BATAM" → "Kota Batam"); leaves mixed case alone. */
export function niceCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s\-(/.'])([a-z])/g, (_match, separator: string, letter: string) => separator + letter.toUpperCase());
}

export function checkGazetteer(region: string, rows: { kode: string; nama: string }[], villages: GazetteerArea[]): GazetteerReport {
  const official = villages.filter((village) => village.code.startsWith(`${region}.`));
  const officialByCode = new Map(official.map((village) => [village.code, village]));
  const seen = new Map<string, number>();
  const report: GazetteerReport = { region, expected: official.length, matched: 0, missing: [], extra: [], misspelt: [], duplicates: [] };
  for (const row of rows) {
    const count = (seen.get(row.kode) ?? 0) + 1;
    seen.set(row.kode, count);
    if (count === 2) report.duplicates.push(row.kode);
    if (count > 1) continue;
    const village = officialByCode.get(row.kode);
    if (!village) report.extra.push({ kode: row.kode, nama: row.nama });
    else if (normaliseName(village.name) !== normaliseName(row.nama)) report.misspelt.push({ kode: row.kode, nama: row.nama, official: village.name });
    else report.matched += 1;
  }
  report.missing = official.filter((village) => !seen.has(village.code));
  return report;
}

export function isCleanReport(report: GazetteerReport): boolean {
  return report.missing.length + report.extra.length + report.misspelt.length + report.duplicates.length === 0 && report.matched === report.expected;
}

export function formatGazetteerReport(report: GazetteerReport): string {
  const lines = [`gazetteer: ${report.matched}/${report.expected} kelurahan match`];
  for (const village of report.missing) lines.push(`  missing from boundary data: ${village.code} ${village.name}`);
  for (const row of report.extra) lines.push(`  not in gazetteer: ${row.kode} ${row.nama}`);
  for (const row of report.misspelt) lines.push(`  name differs: ${row.kode} "${row.nama}" (official "${row.official}")`);
  for (const kode of report.duplicates) lines.push(`  duplicate code in boundary data: ${kode}`);
  return lines.join('\n');
}
