/**
 * CLI: `tsx geodata/build.ts [--region 21.71] [--out public/geodata] [--source <file|dir>] [--if-stale] [--lenient]`.
 * Only node: built-ins are imported at the top so `--if-stale` decides in a few milliseconds; the
 * pipeline (turf, topojson, the 84 000-village gazetteer) is imported only when a build is needed.
 */
import { parseArgs } from 'node:util';
import { isUpToDate } from './staleness';

const usage = 'usage: tsx geodata/build.ts [--region 21.71] [--out public/geodata] [--source <file|dir>] [--if-stale] [--lenient]';

function parseCommandLine() {
  try {
    return parseArgs({
      options: {
        region: { type: 'string', default: '21.71' },
        out: { type: 'string', default: 'public/geodata' },
        source: { type: 'string' },
        'if-stale': { type: 'boolean', default: false },
        lenient: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`geodata: ${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
}

const values = parseCommandLine();

if (values.help) {
  console.log(usage);
  process.exit(0);
}

const options = {
  region: values.region,
  out: values.out,
  source: values.source,
  environmentDirectory: process.env.GEODATA_SOURCE_DIR || undefined,
  lenient: values.lenient,
};

if (values['if-stale'] && isUpToDate(options)) {
  console.log(`geodata: ${options.region} is up to date in ${options.out} (npm run geodata to force a rebuild)`);
} else {
  try {
    const { buildRegion } = await import('./pipeline');
    await buildRegion(options);
  } catch (error) {
    console.error(`geodata: build failed\n${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
