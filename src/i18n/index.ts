import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

// Each feature keeps its strings in src/i18n/<lang>/<namespace>.json so that
// features can add text without editing one shared file. All namespaces are
// bundled: the whole UI text is a few kilobytes and must work offline.
const modules = import.meta.glob<{ default: Record<string, unknown> }>('./*/*.json', { eager: true });

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

function collectResources() {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, module] of Object.entries(modules)) {
    const match = /\.\/(\w+)\/([\w-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language, namespace] = match as unknown as [string, string, string];
    resources[language] ??= {};
    resources[language][namespace] = module.default;
  }
  return resources;
}

export function initI18n(language: Language = 'id') {
  const resources = collectResources();
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'id',
    defaultNS: 'common',
    ns: Object.keys(resources.id ?? {}),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}
