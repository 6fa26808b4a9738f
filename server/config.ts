import { z } from 'zod';

// Everything the server reads from its environment, checked once at start
// (docs/operations.md lists the variables). A bad value stops the start with its name.

const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  CAKUPAN_DATA_DIR: z.string().min(1).default('.data'),
  CAKUPAN_KELURAHAN: z.string().min(1).optional(),
  CAKUPAN_DEMO_DATA: flag.optional(),
  CAKUPAN_DB_POOL: z.coerce.number().int().min(1).max(200).default(10),
  CAKUPAN_TRUST_PROXY: flag.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export function readConfig(env: NodeJS.ProcessEnv, { mode }: { mode: 'development' | 'production' }) {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid server configuration:\n${lines.join('\n')}`);
  }
  const values = result.data;
  return {
    mode,
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    dataDir: values.CAKUPAN_DATA_DIR,
    poolSize: values.CAKUPAN_DB_POOL,
    logLevel: values.LOG_LEVEL,
    trustProxy: values.CAKUPAN_TRUST_PROXY ?? false,
    // The build copies public/ into dist/, so production reads the boundaries from there.
    kelurahanPath: values.CAKUPAN_KELURAHAN ?? `${mode === 'production' ? 'dist' : 'public'}/geodata/21.71/kelurahan.geojson`,
    // The illustrative demo set is for trying the app; a team's server starts empty unless asked.
    demoData: values.CAKUPAN_DEMO_DATA ?? mode === 'development',
  };
}
