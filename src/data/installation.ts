import { z } from 'zod';

// One schema for forms, import, the HTTP API, the IndexedDB store and tests.

export const INSTALLATION_TYPES = ['baliho', 'spanduk', 'banner', 'poster'] as const;
export type InstallationType = (typeof INSTALLATION_TYPES)[number];

export const INSTALLATION_STATUSES = ['terpasang', 'rusak', 'dilepas'] as const;
export type InstallationStatus = (typeof INSTALLATION_STATUSES)[number];

export const INSTALLATION_SOURCES = ['demo', 'manual', 'import'] as const;
export type InstallationSource = (typeof INSTALLATION_SOURCES)[number];

export const KELURAHAN_KODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/** Calendar date `YYYY-MM-DD` (no time zone: an installation happens on a local day). */
const isoDate = z.iso.date();

/** What a person or an import supplies. */
export const installationInputSchema = z
  .object({
    type: z.enum(INSTALLATION_TYPES),
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    kelurahanKode: z.string().regex(KELURAHAN_KODE).optional(),
    installedAt: isoDate,
    status: z.enum(INSTALLATION_STATUSES),
    removedAt: isoDate.optional(),
    photoUrl: z.url().optional(),
    notes: z.string().max(2000).default(''),
    source: z.enum(INSTALLATION_SOURCES),
  })
  .refine((value) => !value.removedAt || value.removedAt >= value.installedAt, {
    message: 'removedAt must not be before installedAt',
    path: ['removedAt'],
  });
export type InstallationInput = z.input<typeof installationInputSchema>;

export const installationSchema = installationInputSchema.and(
  z.object({
    id: z.string().min(1),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
);
export type Installation = z.output<typeof installationSchema>;
