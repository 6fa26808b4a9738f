import { z } from 'zod';

// One schema for forms, import, the HTTP API, the IndexedDB store and tests.

import { INSTALLATION_STATUSES, INSTALLATION_TYPES, type InstallationStatus } from './installationKinds';

export { INSTALLATION_STATUSES, INSTALLATION_TYPES, type InstallationStatus, type InstallationType } from './installationKinds';

export const INSTALLATION_SOURCES = ['demo', 'manual', 'import'] as const;
export type InstallationSource = (typeof INSTALLATION_SOURCES)[number];

export const KELURAHAN_KODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;

/** Calendar date `YYYY-MM-DD` (no time zone: an installation happens on a local day). */
const isoDate = z.iso.date();

/**
 * The fields a person or an import supplies. Kept unrefined so that `.partial()`
 * (patches) and `.extend()` (stored rows) stay available; the cross-field rules
 * are added by `withDateRules` to every schema that parses a whole installation.
 */
export const installationFieldsSchema = z.object({
  type: z.enum(INSTALLATION_TYPES),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  /** As stated by the field team; the engine locates the point itself and flags disagreement. */
  kelurahanKode: z.string().regex(KELURAHAN_KODE, 'expected a kelurahan code like 21.71.06.1004').optional(),
  installedAt: isoDate,
  status: z.enum(INSTALLATION_STATUSES),
  /** Required when status is `dilepas`: coverage "as of" a date needs to know when it stopped counting. */
  removedAt: isoDate.optional(),
  photoUrl: z.url().optional(),
  notes: z.string().max(2000).default(''),
  source: z.enum(INSTALLATION_SOURCES),
});

interface DatedFields {
  installedAt: string;
  status: InstallationStatus;
  removedAt?: string | undefined;
}

function withDateRules<Schema extends z.ZodType<DatedFields>>(schema: Schema) {
  return schema
    .refine((value) => !value.removedAt || value.removedAt >= value.installedAt, {
      message: 'removedAt must not be before installedAt',
      path: ['removedAt'],
    })
    .refine((value) => value.status !== 'dilepas' || Boolean(value.removedAt), {
      message: 'removedAt is required when status is dilepas',
      path: ['removedAt'],
    })
    .refine((value) => value.status === 'dilepas' || !value.removedAt, {
      message: 'removedAt is only allowed when status is dilepas',
      path: ['removedAt'],
    });
}

/** What a person or an import supplies. */
export const installationInputSchema = withDateRules(installationFieldsSchema);
export type InstallationInput = z.input<typeof installationInputSchema>;

/** A change to some fields; the merged result is validated with `installationSchema`. */
export const installationPatchSchema = installationFieldsSchema.partial();
export type InstallationPatch = z.input<typeof installationPatchSchema>;

/** A saved installation: input plus identity and bookkeeping set by the store. */
export const installationSchema = withDateRules(
  installationFieldsSchema.extend({
    id: z.string().min(1),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    /** Set on rows saved by one `bulkImport`, so the batch can be found and undone together. */
    importId: z.string().min(1).optional(),
    /** Set by the server on every write: the kelurahan whose boundary contains the point (absent outside all). */
    locatedKelurahanKode: z.string().regex(KELURAHAN_KODE).optional(),
    /** Set by the server: 1 on create, +1 on every change; an edit names the version it was based on (If-Match). */
    version: z.number().int().positive().optional(),
  }),
);
export type Installation = z.output<typeof installationSchema>;
