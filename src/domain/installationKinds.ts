// The installation kinds on their own (no zod), so pure modules and workers can use
// the lists without bundling the schema. `installation.ts` re-exports them.

export const INSTALLATION_TYPES = ['baliho', 'spanduk', 'banner', 'poster'] as const;
export type InstallationType = (typeof INSTALLATION_TYPES)[number];

export const INSTALLATION_STATUSES = ['terpasang', 'rusak', 'dilepas'] as const;
export type InstallationStatus = (typeof INSTALLATION_STATUSES)[number];
