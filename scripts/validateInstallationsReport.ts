import { formatSkipped } from '../src/data/import/messages';
import type { ImportLanguage, ParseResult } from '../src/data/import/types';

const LABELS = {
  en: { skipped: 'skipped', header: 'header on row', sheet: 'sheet', rows: 'rows', accepted: 'accepted', warnings: 'warnings', rejected: 'rejected', row: 'row', file: 'file', ok: 'All rows can be imported.', fix: 'Fix the rejected rows and check again.' },
  id: { skipped: 'dilewati', header: 'judul kolom di baris', sheet: 'lembar', rows: 'baris', accepted: 'diterima', warnings: 'peringatan', rejected: 'ditolak', row: 'baris', file: 'berkas', ok: 'Semua baris dapat diimpor.', fix: 'Perbaiki baris yang ditolak lalu periksa lagi.' },
} as const;

/** The human-readable summary: counts first, then one line per problem, grouped by verdict. */
export function formatReport(file: string, regionName: string, result: ParseResult, language: ImportLanguage): string {
  const label = LABELS[language];
  const where = (row: number) => (row === 0 ? label.file : `${label.row} ${row}`);
  const lines = [
    `${file} (${regionName}): ${result.rows} ${label.rows}, ${result.accepted.length} ${label.accepted}, ` +
      `${result.warnings.length} ${label.warnings}, ${new Set(result.rejected.map(({ row }) => row)).size} ${label.rejected}`,
  ];
  const context = [result.sheet === undefined ? '' : `${label.sheet} "${result.sheet}", `, result.headerRow > 1 ? `${label.header} ${result.headerRow}` : ''].join('');
  if (context) lines.push(context.replace(/, $/, ''));
  if (result.skipped.length > 0) {
    lines.push('', `${label.skipped.toUpperCase()}:`);
    for (const skipped of result.skipped) lines.push(`  ${where(skipped.row)}: ${formatSkipped(skipped.code, language)}`);
  }
  if (result.rejected.length > 0) {
    lines.push('', `${label.rejected.toUpperCase()}:`);
    for (const error of result.rejected) lines.push(`  ${where(error.row)} [${error.field}] ${error.code}: ${error.message}`);
  }
  if (result.warnings.length > 0) {
    lines.push('', `${label.warnings.toUpperCase()}:`);
    for (const warning of result.warnings) lines.push(`  ${where(warning.row)} [${warning.field}] ${warning.code}: ${warning.message}`);
  }
  lines.push('', result.rejected.length > 0 ? label.fix : label.ok);
  return lines.join('\n');
}
