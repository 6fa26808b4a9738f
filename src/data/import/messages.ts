import english from '../../i18n/en/import.json';
import indonesian from '../../i18n/id/import.json';
import type { ImportLanguage, MessageParams } from './types';

// The same texts the dialog shows through i18next (namespace `import`), read
// directly here so the CLI and the worker can word messages without i18next.
type Catalogue = Record<'errors' | 'warnings' | 'fields' | 'skipped', Record<string, string>>;
const CATALOGUES: Record<ImportLanguage, Catalogue> = {
  en: english,
  id: indonesian,
};

export type MessageKind = 'errors' | 'warnings';

/** Fills `{{name}}` placeholders like i18next does, so one catalogue serves both. */
export function formatMessage(kind: MessageKind, code: string, params: MessageParams, language: ImportLanguage = 'en'): string {
  const template = CATALOGUES[language][kind][code] ?? CATALOGUES.en[kind][code] ?? code;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

/** A field's name in the user's language ("the type", "jenis"), for messages about columns. */
export function fieldLabel(field: string, language: ImportLanguage = 'en'): string {
  return CATALOGUES[language].fields[field] ?? field;
}

/** Why a row was left out ("a total or summary line"). */
export function formatSkipped(code: string, language: ImportLanguage = 'en'): string {
  return CATALOGUES[language].skipped[code] ?? code;
}
