/**
 * `npm run bench:browser`: the issue-6 performance goal measured in a real browser.
 * "With 100,000 installations, a filter change updates every view within 150 ms and
 * no main-thread task lasts over 200 ms."
 *
 * Needs `dist/` from `npm run build:test` (this script builds nothing; it reads the map through
 * the test build's `window.__cakupanMap`, and the build is otherwise the production one). It serves dist with
 * Vite's preview server on BENCH_PORT (5163), seeds BENCH_COUNT (100,000) deterministic
 * installations into the app's IndexedDB database before the app loads, then for each
 * view (the map, the dashboard, the data view): loads the page, opens the kecamatan list
 * (and lets it be drawn), and changes the filter through the UI several times, timing
 * each change until every panel shows it (`TIME_CHANGE`). Between changes the map comes to rest (its flight to the chosen
 * kecamatan ends); `map-rapid` clicks again after BENCH_PAUSE only, while the map still
 * flies. Each click is a real one (Playwright's mouse), so the browser also reports its Event
 * Timing: when its first frame was on screen. Long tasks come from `PerformanceObserver({ type: 'longtask' })`.
 * `actions` (BENCH_VIEWS) times what planners and staff do besides filtering, at the same
 * 100,000 installations: show a kelurahan, list more of its installations, change the as-of
 * date, import 20,000 rows, save them and undo the import (the store ends as it began).
 * Prints tables and replaces the `browser.*` entries of test/bench/results.json.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { bbox } from '@turf/bbox';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'vite';
import type { KelurahanCollection } from '../../src/domain/region';
import { framesAtPace, median } from './measure';
import { mergeResults } from './results';

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const PORT = Number(process.env.BENCH_PORT ?? 5163);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 5); // filter changes per view; the median and the worst are reported
// The multi-select whose options are clicked, by its label: Kecamatan (moves the map) or e.g. "Jenis media" (does not).
const FILTER = process.env.BENCH_FILTER ?? 'Kecamatan';
const FILTER_SUFFIX = FILTER === 'Kecamatan' ? '' : `.${FILTER.toLowerCase().replaceAll(' ', '-')}`;
const GOAL_CHANGE_MS = 150;
const GOAL_TASK_MS = 200;
const AS_OF = '2026-10-31';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--no-first-run', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

// --- Deterministic installations, points inside real kelurahan (rejection sampling per bbox) ---
const collection = JSON.parse(readFileSync('public/geodata/21.71/kelurahan.geojson', 'utf8')) as KelurahanCollection;
let seed = 11;
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const TYPES = ['baliho', 'spanduk', 'banner', 'poster'] as const;

function installationRows(count: number) {
  const rows: Record<string, unknown>[] = [];
  for (let index = 0; index < count; index++) {
    const feature = collection.features[Math.floor(random() * collection.features.length)]!;
    const [west, south, east, north] = bbox(feature);
    let lng = 0;
    let lat = 0;
    for (let attempt = 0; attempt < 50; attempt++) {
      lng = west + random() * (east - west);
      lat = south + random() * (north - south);
      if (booleanPointInPolygon([lng, lat], feature)) break;
    }
    const day = 1 + Math.floor(random() * 240);
    const installedAt = new Date(Date.UTC(2026, 0, day)).toISOString().slice(0, 10);
    const removed = random() < 0.1;
    const stated = random();
    rows.push({
      id: `bench-${String(index).padStart(6, '0')}`, type: TYPES[index % 4], lat, lng,
      // Half state their kelurahan, a few wrongly, so the mismatch column has work to do.
      ...(stated < 0.5 ? { kelurahanKode: feature.properties.kode } : stated < 0.52 ? { kelurahanKode: collection.features[0]!.properties.kode } : {}),
      installedAt, status: removed ? 'dilepas' : random() < 0.05 ? 'rusak' : 'terpasang', ...(removed ? { removedAt: installedAt } : {}),
      notes: '', source: 'import', importId: 'bench', createdAt: `${installedAt}T00:00:00.000Z`, updatedAt: `${installedAt}T00:00:00.000Z`,
    });
  }
  return rows;
}

const require = createRequire(import.meta.url);
const dexieSource = readFileSync(require.resolve('dexie/dist/dexie.min.js'), 'utf8');

/** Writes the rows with Dexie and the app's own schema (src/data/indexedDbStore.ts), on the app's origin, before the app runs. */
async function seedDatabase(page: Page, origin: string, rows: Record<string, unknown>[]) {
  await page.route(`${origin}/__bench_seed`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }));
  await page.goto(`${origin}/__bench_seed`);
  await page.addScriptTag({ content: dexieSource });
  // A kept browser profile (BENCH_USER_DATA) that already holds exactly these rows is reused: seeding takes minutes.
  const existing = await page.evaluate(async () => {
    type Db = { version(v: number): { stores(s: Record<string, string>): void }; installations: { count(): Promise<number> }; close(): void; delete(): Promise<void> };
    const { Dexie } = window as unknown as { Dexie: new (name: string) => Db };
    const db = new Dexie('cakupan');
    db.version(1).stores({ installations: '&id, installedAt, importId, source', meta: '&key' });
    const count = await db.installations.count();
    db.close();
    return count;
  });
  if (existing === rows.length && process.env.BENCH_USER_DATA) return false;
  await page.evaluate(async () => {
    const { Dexie } = window as unknown as { Dexie: new (name: string) => { delete(): Promise<void> } };
    await new Dexie('cakupan').delete();
  });
  for (let start = 0; start < rows.length; start += 20_000) {
    await page.evaluate(async ({ chunk, first }) => {
      type Table = { bulkAdd(rows: unknown[]): Promise<unknown>; put(row: unknown): Promise<unknown> };
      type Db = { version(v: number): { stores(s: Record<string, string>): void }; installations: Table; meta: Table; close(): void };
      const { Dexie } = window as unknown as { Dexie: new (name: string) => Db };
      const db = new Dexie('cakupan');
      db.version(1).stores({ installations: '&id, installedAt, importId, source', meta: '&key' });
      // The seeded marker keeps the app from adding its demo rows on top.
      if (first) await db.meta.put({ key: 'seededAt', value: new Date().toISOString() });
      await db.installations.bulkAdd(chunk);
      db.close();
    }, { chunk: rows.slice(start, start + 20_000), first: start === 0 });
  }
  return true;
}

/** Collects long tasks from page start; `__longTasks` is read and cleared per phase. */
const OBSERVE_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]); })
    .observe({ type: 'longtask', buffered: true });
`;

/**
 * Arms the timing of the next click (a real one, from Playwright's mouse, so the browser
 * times it as it times a person's: Event Timing, which Chromium's INP is made of).
 * `window.__change` resolves with the milliseconds from the click's event time until every
 * view shows the new result (`totalMs`): the filter's result text changed and every panel
 * that follows it later (the charts, the map once a frame drew the new filter) says, in
 * `data-synced-installations`, that it shows the same installation count; then one more
 * frame (layout and paint). `textMs` and `syncedMs` are the first two moments.
 * `presentedMs`: the click's Event Timing duration, until the first frame after its
 * handlers was presented on screen (after the GPU process drew it; 8 ms steps).
 * A page script, not a bundled function: tsx would wrap named functions in a helper the page lacks.
 */
const TIME_CHANGE = `
  window.__clickTimings = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'click') window.__clickTimings.push([entry.startTime, entry.duration]);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  /** The click's Event Timing duration, once the browser reports it (after its frame was presented). */
  const presented = (clicked) => new Promise((resolve) => {
    const started = performance.now();
    const look = () => {
      const entry = window.__clickTimings.find(([start]) => Math.abs(start - clicked) < 1);
      if (entry || performance.now() - started > 5000) resolve(entry ? entry[1] : NaN);
      else setTimeout(look, 20);
    };
    look();
  });
  window.__armChange = () => {
    window.__change = new Promise((resolve) => {
      const output = document.querySelector('[data-testid="filter-result"]');
      const before = output.textContent;
      // "12 dari 64 kelurahan · 1.234 pemasangan" -> 1234
      const shown = () => Number((/([\\d.]+) pemasangan/.exec(output.textContent || '') || [])[1]?.replaceAll('.', ''));
      const synced = () => [...document.querySelectorAll('[data-synced-installations]')]
        .every((element) => Number(element.dataset.syncedInstallations) === shown());
      let clicked;
      let textMs;
      document.addEventListener('click', (event) => { clicked = event.timeStamp; }, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (clicked === undefined || output.textContent === before) return;
        textMs ??= performance.now() - clicked;
        if (!synced()) return;
        observer.disconnect();
        const syncedMs = performance.now() - clicked;
        requestAnimationFrame(() => setTimeout(() => {
          const totalMs = performance.now() - clicked;
          presented(clicked).then((presentedMs) => resolve({ totalMs, textMs, syncedMs, presentedMs }));
        }, 0));
      });
      observer.observe(document.body, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['data-synced-installations'] });
    });
  };
`;

async function takeLongTasks(page: Page, phase: string): Promise<number[]> {
  const tasks = await page.evaluate(() => {
    const holder = window as unknown as { __longTasks: [number, number][] };
    const taken = holder.__longTasks;
    holder.__longTasks = [];
    return taken;
  });
  // With BENCH_PROFILE, when each long task started (ms after navigation), to find it in the CPU profile.
  if (process.env.BENCH_PROFILE) console.log(`${phase} long tasks [start ms, duration ms]: ${JSON.stringify(tasks.map(([start, duration]) => [Math.round(start), Math.round(duration)]))}`);
  return tasks.map(([, duration]) => duration);
}

interface ViewFigures {
  view: string;
  loadMs: number;
  loadTasks: number[];
  /** Per change: until the frame after every view showed it (the figure the goal is about). */
  changeMs: number[];
  /** Per change: until every view showed it (DOM updated, the map's frame drawn by the page), before that frame. */
  syncedMs: number[];
  /** Per change: the click's Event Timing duration, until its first frame was on screen. */
  presentedMs: number[];
  changeTasks: number[];
  drawing?: DrawingFigures;
}

const countPattern = new RegExp(`${COUNT.toLocaleString('id-ID').replaceAll('.', '\\.')} pemasangan`);

const FRAMES_AT_PACE = framesAtPace(5);

/**
 * Resolves once the page is at rest: the map (if the page has one) stands still with its
 * tiles loaded, and the browser draws frames at its normal pace again (five frames in a
 * row under 34 ms): without a GPU the last frames of a flight are still being drawn
 * (0.1–0.15 s each) after MapLibre says it is idle.
 */
async function atRest(page: Page) {
  await page.waitForFunction(() => {
    const map = (window as unknown as { __cakupanMap?: { isMoving(): boolean; loaded(): boolean } }).__cakupanMap;
    return !map || (!map.isMoving() && map.loaded());
  }, undefined, { timeout: 30_000 });
  await page.evaluate(FRAMES_AT_PACE);
}

/**
 * The map draws frame after frame for 2 s, with its layers or (`hidden`) with every layer
 * hidden; resolves with the mean ms between frames. A page script, as TIME_CHANGE is.
 */
const drawFrames = (hidden: boolean) => `new Promise((resolve) => {
  const map = window.__cakupanMap;
  const layers = [...map.getStyle().layers.map((layer) => layer.id), 'installations'].filter((id) => map.getLayer(id));
  const shown = new Map(layers.map((id) => [id, map.getLayoutProperty(id, 'visibility') ?? 'visible']));
  if (${hidden}) for (const id of layers) map.setLayoutProperty(id, 'visibility', 'none');
  map.repaint = true;
  const times = [];
  const tick = (now) => {
    times.push(now);
    if (now - times[0] < 2000) return requestAnimationFrame(tick);
    map.repaint = false;
    for (const [id, visibility] of shown) map.setLayoutProperty(id, 'visibility', visibility);
    resolve((times[times.length - 1] - times[0]) / (times.length - 1));
  };
  requestAnimationFrame(tick);
})`;

/** Creates two WebGL contexts with MapLibre's attributes and times each. */
const TWO_WEBGL_CONTEXTS = `(() => {
  const attributes = { alpha: true, depth: true, stencil: true, antialias: false, powerPreference: 'high-performance' };
  const create = () => {
    const started = performance.now();
    document.createElement('canvas').getContext('webgl2', attributes);
    return performance.now() - started;
  };
  const firstMs = create();
  return { firstMs, secondMs: create() };
})()`;

/** CPU time (ms) used so far by the browser's processes of one `--type` (Linux /proc; undefined elsewhere). */
function processCpuMs(type: 'gpu-process' | 'renderer'): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--type=${type}`)) continue;
      // Fields after the command name in parentheses: utime and stime are the 12th and 13th.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended while being read.
    }
  }
  return ticks / ticksPerMs;
}

interface FrameFigures { frameMs: number; gpuProcessCpu?: number; rendererCpu?: number }
interface DrawingFigures { drawn: FrameFigures; empty: FrameFigures }

/**
 * While the map draws frame after frame for 2 s (`repaint`, as during a flight): the mean
 * time between frames and the CPU share of the GPU process and of the page's renderer
 * (100 % = one core); then the same with every map layer hidden, the page's own floor.
 * Without a GPU this says which side bounds a moving map's frames, and how much the
 * map's content adds.
 */
async function drawingFrames(page: Page): Promise<DrawingFigures> {
  const measure = async (hidden: boolean): Promise<FrameFigures> => {
    const gpuBefore = processCpuMs('gpu-process');
    const rendererBefore = processCpuMs('renderer');
    const started = performance.now();
    const frameMs = await page.evaluate<number>(drawFrames(hidden));
    const elapsed = performance.now() - started;
    const share = (before: number | undefined, after: number | undefined) =>
      before === undefined || after === undefined ? undefined : (100 * (after - before)) / elapsed;
    return { frameMs, gpuProcessCpu: share(gpuBefore, processCpuMs('gpu-process')), rendererCpu: share(rendererBefore, processCpuMs('renderer')) };
  };
  const drawn = await measure(false);
  return { drawn, empty: await measure(true) };
}

/**
 * How long the first WebGL context of a fresh browser takes on a blank page (the GPU
 * process sets up its graphics stack meanwhile, and the page waits), and a second one.
 * The map asks for its context only once the page draws at the display's pace
 * (`whenFramesSteady`); before, that call was the map view's longest load task.
 */
async function firstWebGlContext(): Promise<{ firstMs: number; secondMs: number }> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    return await page.evaluate<{ firstMs: number; secondMs: number }>(TWO_WEBGL_CONTEXTS);
  } finally {
    await browser.close();
  }
}

async function measureView(page: Page, origin: string, view: string): Promise<ViewFigures> {
  // "map-rapid": the map view, the next change 0.3 s after the previous one (BENCH_PAUSE), mid-flight.
  const rapid = view.endsWith('-rapid');
  // BENCH_PROFILE=file: Chrome CPU profiles of this view's load and of its filter changes (open in DevTools).
  const profiler = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : undefined;
  const startProfile = async () => { if (profiler) { await profiler.send('Profiler.enable'); await profiler.send('Profiler.start'); } };
  const stopProfile = async (phase: string) => {
    if (!profiler) return;
    const { profile } = await profiler.send('Profiler.stop');
    writeFileSync(`${process.env.BENCH_PROFILE}.${view}.${phase}.cpuprofile`, JSON.stringify(profile));
  };
  await startProfile();
  const started = Date.now();
  await page.goto(`${origin}/?view=${view.replace(/-rapid$/, '')}&asOf=${AS_OF}`);
  await page.getByTestId('filter-result').filter({ hasText: countPattern }).waitFor({ timeout: 180_000 });
  // Settle: let effects started by the load (and their long tasks) finish before timing changes.
  await page.waitForTimeout(Number(process.env.BENCH_SETTLE ?? 2_000));
  await atRest(page);
  await stopProfile('load');
  const loadMs = Date.now() - started;
  const loadTasks = await takeLongTasks(page, `${view} load`);
  const drawing = view === 'map' ? await drawingFrames(page) : undefined;
  if (drawing) {
    await atRest(page);
    await takeLongTasks(page, `${view} drawing`); // not the filter changes' tasks
  }
  await page.locator('.multi-select summary').filter({ hasText: FILTER }).click();
  // The list just opened is drawn before the first option is clicked, as a person would see it.
  await atRest(page);
  const boxes = page.locator('.multi-select').filter({ hasText: FILTER }).getByRole('checkbox');
  const changeMs: number[] = [];
  const syncedMs: number[] = [];
  const presentedMs: number[] = [];
  await startProfile();
  for (let change = 0; change < CHANGES; change++) {
    // Alternate: choose kecamatan `change`, then clear it again, so each click changes the result.
    const box = boxes.nth(Math.floor(change / 2));
    type Timing = { totalMs: number; textMs: number; syncedMs: number; presentedMs: number };
    await page.evaluate('window.__armChange()');
    await box.click();
    const timing = await page.evaluate<Timing>('window.__change');
    changeMs.push(timing.totalMs);
    syncedMs.push(timing.syncedMs);
    presentedMs.push(timing.presentedMs);
    // With BENCH_PROFILE: when the result text changed, when every panel said it follows, and the frame after.
    if (process.env.BENCH_PROFILE) console.log(`${view} change ${change}: text ${timing.textMs.toFixed(0)} ms, synced ${timing.syncedMs.toFixed(0)} ms, done ${timing.totalMs.toFixed(0)} ms, on screen ${timing.presentedMs} ms`);
    await page.waitForTimeout(Number(process.env.BENCH_PAUSE ?? 300));
    if (!rapid) await atRest(page);
  }
  // The changes' tasks run until the page is at rest (map-rapid: the last flight ends), and the
  // next view's load starts from a quiet browser, not while the GPU process still draws this one.
  await atRest(page);
  await stopProfile('change');
  const changeTasks = await takeLongTasks(page, `${view} change`);
  return { view, loadMs, loadTasks, changeMs, syncedMs, presentedMs, changeTasks, drawing };
}

interface ActionFigures {
  action: string;
  /** From the input until the page showed its result. */
  ms: number;
  /** Long tasks from the input until the page was at rest again. */
  tasks: number[];
}

const IMPORT_ROWS = 20_000;

/** The bench's own rows as a staff CSV export (Indonesian decimals and dates), for the import. */
function importCsv(count: number): string {
  const names = new Map(collection.features.map((feature) => [feature.properties.kode, feature.properties.nama]));
  const typeNames: Record<string, string> = { baliho: 'Baliho', spanduk: 'Spanduk', banner: 'Banner', poster: 'Poster' };
  const lines = installationRows(count).map((row) => {
    const [year, month, day] = String(row.installedAt).split('-');
    const decimal = (value: unknown) => Number(value).toFixed(6).replace('.', ',');
    const kelurahan = typeof row.kelurahanKode === 'string' ? names.get(row.kelurahanKode) : '';
    return [typeNames[String(row.type)], decimal(row.lat), decimal(row.lng), `${day}/${month}/${year}`, 'Terpasang', kelurahan, 'bench'].join(';');
  });
  return ['Jenis;Lintang;Bujur;Tanggal Pasang;Status;Kelurahan;Catatan', ...lines].join('\n');
}

/** Runs `act` (which resolves once the page shows its result), then waits for rest and takes the long tasks. */
async function timeAction(page: Page, action: string, act: () => Promise<void>): Promise<ActionFigures> {
  await takeLongTasks(page, `${action} (before)`);
  const started = performance.now();
  await act();
  const ms = performance.now() - started;
  await page.waitForTimeout(1_500);
  await atRest(page);
  return { action, ms, tasks: await takeLongTasks(page, action) };
}

/** What planners and staff do besides filtering (see the header); the store ends as it began. */
async function measureActions(page: Page, origin: string): Promise<ActionFigures[]> {
  const figures: ActionFigures[] = [];
  const loaded = async (view: string) => {
    await page.goto(`${origin}/?view=${view}&asOf=${AS_OF}`);
    await page.getByTestId('filter-result').filter({ hasText: countPattern }).waitFor({ timeout: 180_000 });
    await page.waitForTimeout(Number(process.env.BENCH_SETTLE ?? 2_000));
    await atRest(page);
  };
  await loaded('map');
  const finder = page.getByRole('search');
  const panel = page.getByTestId('kelurahan-panel');
  figures.push(await timeAction(page, 'show a kelurahan (finder)', async () => {
    await finder.getByRole('combobox', { name: 'Cari kelurahan' }).fill('Sambau');
    await finder.getByRole('button', { name: 'Tampilkan', exact: true }).click();
    await panel.getByRole('heading', { name: 'Sambau' }).waitFor();
  }));
  figures.push(await timeAction(page, 'list 50 more of its installations', async () => {
    await panel.getByTestId('panel-installations-count').getByRole('button').click();
    await panel.getByTestId('panel-installations').locator('li').nth(99).waitFor();
  }));
  figures.push(await timeAction(page, 'change the as-of date', async () => {
    await page.getByLabel('Cakupan per tanggal').fill('2026-06-30');
    await page.waitForURL(/asOf=2026-06-30/);
  }));
  await loaded('data');
  await page.getByTestId('import-open').click();
  const bytes = [...new TextEncoder().encode(importCsv(IMPORT_ROWS))];
  const file = await page.evaluateHandle(({ bytes }) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], 'bench.csv'));
    return transfer;
  }, { bytes });
  figures.push(await timeAction(page, `check a ${IMPORT_ROWS.toLocaleString('en')}-row import`, async () => {
    await page.getByTestId('import-drop-zone').dispatchEvent('drop', { dataTransfer: file });
    await page.getByTestId('import-count-accepted').filter({ hasText: /\d/ }).waitFor({ timeout: 120_000 });
  }));
  figures.push(await timeAction(page, 'save it', async () => {
    await page.getByTestId('import-confirm').dispatchEvent('click');
    await page.getByTestId('import-saved').waitFor({ timeout: 120_000 });
  }));
  figures.push(await timeAction(page, 'undo the import', async () => {
    await page.getByTestId('import-saved').getByRole('button').dispatchEvent('click');
    await page.getByTestId('import-undone').waitFor({ timeout: 120_000 });
  }));
  return figures;
}

// BENCH_DIST serves another build (e.g. `vite build --mode test --minify false --outDir /tmp/x` for readable profiles).
const dist = process.env.BENCH_DIST ?? 'dist';
const assets = join(dist, 'assets');
if (!existsSync(assets) || !readdirSync(assets).some((file) => file.endsWith('.js') && readFileSync(join(assets, file), 'utf8').includes('__cakupanMap'))) {
  throw new Error(`${dist} is no test build (none, or a production build without the map's test hook): build it with \`npm run build:test\``);
}
const server = await preview({ logLevel: 'warn', build: { outDir: dist }, preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
const origin = `http://127.0.0.1:${PORT}`;
const userDataDir = process.env.BENCH_USER_DATA ?? mkdtempSync(join(tmpdir(), 'cakupan-bench-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS, viewport: { width: 1440, height: 900 },
});
const figures: ViewFigures[] = [];
const actions: ActionFigures[] = [];
const webGlContext = await firstWebGlContext();
try {
  const page = context.pages()[0] ?? await context.newPage();
  const generatedAt = performance.now();
  const rows = installationRows(COUNT);
  const seeded = await seedDatabase(page, origin, rows);
  console.log(`${seeded ? 'seeded' : 'reused'} ${COUNT} installations in ${((performance.now() - generatedAt) / 1000).toFixed(1)} s`);
  await page.addInitScript(OBSERVE_LONG_TASKS);
  await page.addInitScript(TIME_CHANGE);
  for (const view of (process.env.BENCH_VIEWS ?? 'map,map-rapid,dashboard,data,actions').split(',')) {
    if (view === 'actions') actions.push(...await measureActions(page, origin));
    else figures.push(await measureView(page, origin, view));
  }
} finally {
  await context.close();
  await server.close();
  if (!process.env.BENCH_USER_DATA) rmSync(userDataDir, { recursive: true, force: true });
}

// --- Report ---------------------------------------------------------------------------------
const max = (values: number[]) => values.reduce((a, b) => Math.max(a, b), 0);
const over = (values: number[]) => values.filter((value) => value > GOAL_TASK_MS).length;
console.log(`\n${FILTER} filter · ${COUNT} installations · ${cpus().length} vCPU · load ${loadavg().map((value) => value.toFixed(1)).join(' ')} · ${new Date().toISOString()}`);
console.table(figures.map((entry) => ({
  view: entry.view,
  'load (s)': (entry.loadMs / 1000).toFixed(1),
  'load: longest task ms': max(entry.loadTasks).toFixed(0),
  [`load: tasks > ${GOAL_TASK_MS} ms`]: over(entry.loadTasks),
  'change ms (median)': median(entry.changeMs).toFixed(0),
  'change ms (worst)': max(entry.changeMs).toFixed(0),
  'views updated ms (worst)': max(entry.syncedMs).toFixed(0),
  'first frame on screen ms (median / worst)': `${median(entry.presentedMs).toFixed(0)} / ${max(entry.presentedMs).toFixed(0)}`,
  'change: longest task ms': max(entry.changeTasks).toFixed(0),
  [`change: tasks > ${GOAL_TASK_MS} ms`]: over(entry.changeTasks),
})));

console.log(`"views updated": every view shows the change (the DOM, and the map's frame drawn by the page), the frame after not yet shown; `
  + 'the rest of a change is the wait for that frame (without a GPU, while the map flies, for the frames queued before it). '
  + '"first frame on screen": the click\'s Event Timing duration (as Chromium\'s INP counts it), until the first frame after its handlers '
  + 'was presented, i.e. also drawn by the GPU process (without a GPU: rastered and composited in software).');
const percent = (value: number | undefined) => (value === undefined ? 'n/a' : `${value.toFixed(0)} %`);
console.log(`\nThis machine: the first WebGL context of a fresh browser, on a blank page, takes ${webGlContext.firstMs.toFixed(0)} ms `
  + `(a second one ${webGlContext.secondMs.toFixed(0)} ms); the map asks for its own once the page draws at the display's pace.`);
const frames = ({ frameMs, gpuProcessCpu, rendererCpu }: FrameFigures) =>
  `a frame every ${frameMs.toFixed(0)} ms (CPU: GPU process ${percent(gpuProcessCpu)}, page renderer ${percent(rendererCpu)})`;
for (const { view, drawing } of figures) {
  if (!drawing) continue;
  console.log(`${view}, drawing frame after frame as in a flight: ${frames(drawing.drawn)}; with every map layer hidden: ${frames(drawing.empty)}. 100 % = one core.`);
}

if (actions.length > 0) {
  console.log(`\nOther actions · ${COUNT} installations`);
  console.table(actions.map((entry) => ({
    action: entry.action,
    'until shown (s)': (entry.ms / 1000).toFixed(1),
    'longest task ms': max(entry.tasks).toFixed(0),
    [`tasks > ${GOAL_TASK_MS} ms`]: over(entry.tasks),
  })));
}

const results = figures.flatMap((entry) => {
  const base = { baseline: null, ratio: null, cpuMs: null };
  const allTasks = [...entry.loadTasks, ...entry.changeTasks];
  return [
    { name: `browser.${entry.view}${FILTER_SUFFIX}.filterChange.ms`, value: median(entry.changeMs), unit: 'ms', ...base,
      goal: `median of ${CHANGES}, ${COUNT} installations, < ${GOAL_CHANGE_MS}`, pass: median(entry.changeMs) < GOAL_CHANGE_MS },
    { name: `browser.${entry.view}${FILTER_SUFFIX}.filterChange.worst.ms`, value: max(entry.changeMs), unit: 'ms', ...base,
      goal: `worst of ${CHANGES}, < ${GOAL_CHANGE_MS}`, pass: max(entry.changeMs) < GOAL_CHANGE_MS },
    { name: `browser.${entry.view}${FILTER_SUFFIX}.filterChange.viewsUpdated.worst.ms`, value: max(entry.syncedMs), unit: 'ms', ...base,
      goal: 'reference (no goal): the views updated, before the frame after', pass: null },
    { name: `browser.${entry.view}${FILTER_SUFFIX}.filterChange.firstFrameOnScreen.ms`, value: median(entry.presentedMs), unit: 'ms', ...base,
      goal: `reference: median of ${CHANGES}, the click's Event Timing duration (its first frame presented)`, pass: null },
    { name: `browser.${entry.view}${FILTER_SUFFIX}.filterChange.firstFrameOnScreen.worst.ms`, value: max(entry.presentedMs), unit: 'ms', ...base,
      goal: `reference: worst of ${CHANGES}, the click's Event Timing duration (its first frame presented)`, pass: null },
    { name: `browser.${entry.view}${FILTER_SUFFIX}.longestTask.ms`, value: max(allTasks), unit: 'ms', ...base,
      goal: `load and filter changes, < ${GOAL_TASK_MS}`, pass: max(allTasks) < GOAL_TASK_MS },
    { name: `browser.${entry.view}${FILTER_SUFFIX}.tasksOver200.count`, value: over(allTasks), unit: 'tasks', ...base, goal: '0', pass: over(allTasks) === 0 },
    ...(entry.drawing ? [{ name: `browser.${entry.view}.drawingFrame.ms`, value: entry.drawing.drawn.frameMs, unit: 'ms', ...base, goal: 'reference (no goal)', pass: null }] : []),
  ];
});
for (const entry of actions) {
  const name = entry.action.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
  results.push({ name: `browser.actions.${name}.longestTask.ms`, value: max(entry.tasks), unit: 'ms', baseline: null, ratio: null, cpuMs: null,
    goal: `< ${GOAL_TASK_MS}`, pass: max(entry.tasks) < GOAL_TASK_MS });
}
results.push({ name: 'browser.firstWebGlContext.ms', value: webGlContext.firstMs, unit: 'ms', baseline: null, ratio: null, cpuMs: null, goal: 'reference (no goal)', pass: null });
// Keep the Node bench's entries (npm run bench) and the import bench's (npm run bench:browser:import).
mergeResults(results, (name) => name.startsWith('browser.') && !name.startsWith('browser.actions.importXlsx100k.'));
console.log(`wrote ${results.length} browser.* entries to test/bench/results.json`);
