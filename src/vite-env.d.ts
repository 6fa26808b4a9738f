/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of an HTTP installation backend; unset = IndexedDB in the browser. */
  readonly VITE_API_BASE_URL?: string;
  /** `true` = serve the HTTP contract with MSW in the browser (dev/demo mock mode). */
  readonly VITE_API_MOCK?: string;
}
interface ImportMeta {
  readonly env: ImportMetaEnv;
}
