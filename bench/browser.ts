// The browser figures: the built site (and the bare MapLibre page) served on 127.0.0.1 and driven in
// headless Chromium through tests/browser/harness.ts: scrubbing, first view, and first-view weight.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { chromiumPath, colourAt, DIST, launch, ready, serve, type Browser } from '../tests/browser/harness';
import { colourOf, expectedCategory } from '../tests/browser/expected';
import { isoDay } from '../src/core/date';
import { EQUAL_EARTH, worldBounds } from '../src/map/projection';
import { median, percentile } from './stats';
import { checkRow, infoRow, kbRow, msRow, timesRow, type Row } from './table';

export interface BrowserOptions {
  /** Slider steps per scrub run. */
  steps: number;
  /** Steps timed to a rendered frame. */
  frameSteps: number;
  /** First-view runs of each page, alternating. */
  firstViewRuns: number;
}

const BARE_OUT = join(process.cwd(), 'bench/out/bare');
const SCRUB_LENS = 'ISR';
const WEIGHT_LENS = 'XKX';
/** Points well inside each country, as [lon, lat]. */
const PLACES: Record<string, readonly [number, number]> = { USA: [-98, 39], BRA: [-52, -10], RUS: [95, 62], EGY: [30, 26], IND: [79, 22] };
const [PROBE_LON, PROBE_LAT] = PLACES.USA!;
/** The background both pages paint where there is no land. */
const PAPER = '#f7f7f5';

/** What main.ts exposes as window.atlas (and bench/bare/main.ts, in part). */
interface AtlasHandle {
  scrubTimings: number[];
  whenIdle(): Promise<void>;
  day(): number;
}

/** Builds the atlas into dist/ and the bare page into bench/out/bare/. */
export function buildSites(): void {
  execFileSync('npx', ['vite', 'build'], { stdio: 'pipe' });
  execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.bare.config.ts'], { stdio: 'pipe' });
}

export function chromiumVersion(): string {
  return execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

/** Runs `steps` slider changes over the whole timeline, one per frame; returns the page's JS time per change. */
function scrub(page: Page, steps: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    const atlas = (window as unknown as { atlas: AtlasHandle }).atlas;
    const slider = document.querySelector<HTMLInputElement>('.timeline-slider')!;
    const min = Number(slider.min);
    const max = Number(slider.max);
    atlas.scrubTimings.length = 0;
    for (let i = 1; i <= n; i++) {
      slider.value = String(Math.round(min + ((max - min) * i) / n));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    return [...atlas.scrubTimings];
  }, steps);
}

function setDay(page: Page, day: number): Promise<void> {
  return page.evaluate((d) => {
    const slider = document.querySelector<HTMLInputElement>('.timeline-slider')!;
    slider.value = String(d);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
  }, day);
}

const whenIdle = (page: Page) => page.evaluate(() => (window as unknown as { atlas: AtlasHandle }).atlas.whenIdle());
const sliderRange = (page: Page) =>
  page.evaluate(() => {
    const slider = document.querySelector<HTMLInputElement>('.timeline-slider')!;
    return { min: Number(slider.min), max: Number(slider.max) };
  });

/** Where the idle map differs from the core's answer for the last step's day (the slider's max); empty when it matches. */
async function finalFrameMismatches(page: Page): Promise<string[]> {
  await whenIdle(page);
  const { max } = await sliderRange(page);
  const day = await page.evaluate(() => (window as unknown as { atlas: AtlasHandle }).atlas.day());
  const out = day === max ? [] : [`shows day ${isoDay(day)}, not ${isoDay(max)}`];
  for (const [code, [lon, lat]] of Object.entries(PLACES)) {
    const seen = await colourAt(page, lon, lat);
    const expected = colourOf(expectedCategory(SCRUB_LENS, code, isoDay(max)));
    if (seen !== expected) out.push(`${code} ${seen}, expected ${expected}`);
  }
  return out;
}

/** ms from setting the slider to reading a pixel of the next idle frame, per step. */
async function frameTimes(page: Page, steps: number): Promise<number[]> {
  const { min, max } = await sliderRange(page);
  const times: number[] = [];
  for (let i = 0; i < steps; i++) {
    const start = Date.now();
    await setDay(page, Math.round(min + ((max - min) * (i + 0.5)) / steps));
    await whenIdle(page);
    await colourAt(page, PROBE_LON, PROBE_LAT);
    times.push(Date.now() - start);
  }
  return times;
}

async function scrubRows(browser: Browser, origin: string, { steps, frameSteps }: BrowserOptions): Promise<Row[]> {
  const section = `scrub (${SCRUB_LENS}, ${steps} steps, one per frame)`;
  const page = await browser.context.newPage();
  await page.goto(`${origin}/?state=${SCRUB_LENS}&date=1990-01-01`);
  await ready(page);
  const plain = await scrub(page, steps);
  const mismatches = await finalFrameMismatches(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const throttled = await scrub(page, steps);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const frames = await frameTimes(page, frameSteps);
  await page.close();
  return [
    msRow(section, `JS per change, median (${plain.length} changes)`, median(plain), 2),
    msRow(section, 'JS per change, p95', percentile(plain, 0.95), 8),
    checkRow(section, 'final frame matches (USA, BRA, RUS, EGY, IND vs the core)', mismatches.length === 0, mismatches.join('; ')),
    msRow(section, `4x CPU throttling: JS per change, median (${throttled.length} changes)`, median(throttled), 8),
    msRow(section, '4x CPU throttling: JS per change, p95', percentile(throttled, 0.95)),
    msRow(section, `to a rendered frame, median of ${frames.length} steps (software WebGL)`, median(frames)),
  ];
}

interface FirstView {
  /** Measured in the page: navigation start to the first idle, complete map and a pixel read from it. */
  inPage: number;
  /** Measured here: from page.goto to this harness's own idle wait and pixel read (CDP round trips included). */
  wallClock: number;
}

/** One first view in a fresh page; throws if the probe point is not drawn. */
async function firstView(browser: Browser, url: string): Promise<FirstView> {
  const page = await browser.context.newPage();
  const start = Date.now();
  await page.goto(url);
  await ready(page);
  const colour = await colourAt(page, PROBE_LON, PROBE_LAT);
  const wallClock = Date.now() - start;
  const inPage = await page.waitForFunction(() => (window as unknown as { firstViewMs?: number }).firstViewMs).then((h) => h.jsonValue() as Promise<number>);
  await page.close();
  if (colour === PAPER) throw new Error(`${url}: nothing drawn at the probe point`);
  return { inPage, wallClock };
}

/** The atlas's map size, so the bare page draws the same number of pixels. */
async function mapSize(browser: Browser, origin: string): Promise<string> {
  const page = await browser.context.newPage();
  await page.goto(`${origin}/?state=${WEIGHT_LENS}`);
  await ready(page);
  const box = await page.locator('#map canvas').boundingBox();
  await page.close();
  if (!box) throw new Error('the atlas drew no map');
  return `${Math.round(box.width)}x${Math.round(box.height)}`;
}

async function firstViewRows(browser: Browser, app: string, bare: string, runs: number): Promise<Row[]> {
  const section = `first view (${runs} alternating runs)`;
  const appUrl = `${app}/?state=${WEIGHT_LENS}`;
  // The bare page draws the file and the view of the atlas's first view (Equal Earth, the whole world).
  const bareUrl = `${bare}/?size=${await mapSize(browser, app)}&geo=${EQUAL_EARTH.file}&bounds=${worldBounds(EQUAL_EARTH).flat().join(',')}`;
  // The baseline up to session 5 drew the countries only, without the markers of the 80 countries
  // flagged small: reported as information, next to the budget.
  const countriesOnlyUrl = `${bareUrl}&markers=0`;
  await firstView(browser, appUrl);
  await firstView(browser, bareUrl);
  await firstView(browser, countriesOnlyUrl);
  const appRuns: FirstView[] = [];
  const bareRuns: FirstView[] = [];
  const countriesOnlyRuns: FirstView[] = [];
  for (let i = 0; i < runs; i++) {
    appRuns.push(await firstView(browser, appUrl));
    bareRuns.push(await firstView(browser, bareUrl));
    countriesOnlyRuns.push(await firstView(browser, countriesOnlyUrl));
  }
  const inPage = (runs: FirstView[]) => median(runs.map((r) => r.inPage));
  const wallClock = (runs: FirstView[]) => median(runs.map((r) => r.wallClock));
  return [
    msRow(section, `atlas ?state=${WEIGHT_LENS}: navigation to complete map, in the page, median`, inPage(appRuns)),
    msRow(section, 'bare MapLibre page, same geometry (countries and markers): the same, median', inPage(bareRuns)),
    timesRow(section, 'atlas / bare (ratio of medians)', inPage(appRuns) / inPage(bareRuns), 1.25),
    msRow(section, 'bare page without the markers (countries only, the baseline before session 5), median', inPage(countriesOnlyRuns)),
    infoRow(section, 'atlas / bare without the markers', `${(inPage(appRuns) / inPage(countriesOnlyRuns)).toFixed(2)}x`),
    msRow(section, 'atlas, as seen by this harness (goto to its own idle wait and pixel read), median', wallClock(appRuns)),
    msRow(section, 'bare, as seen by this harness, median', wallClock(bareRuns)),
    infoRow(section, 'atlas / bare, as seen by this harness', `${(wallClock(appRuns) / wallClock(bareRuns)).toFixed(2)}x`),
  ];
}

type Part = 'MapLibre' | 'geometry' | 'app JS + CSS' | 'data' | 'other';

function partOf(path: string): Part {
  if (/^\/assets\/maplibre-[^/]+\.(js|mjs|css)$/.test(path)) return 'MapLibre';
  if (/^\/geo\/countries[^/]*\.json$/.test(path)) return 'geometry';
  // Every other asset of the build is the app's own code and style (its entry and shared chunks).
  if (/^\/(index\.html)?$|^\/assets\/[^/]+\.(js|css)$/.test(path)) return 'app JS + CSS';
  if (/^\/data\/(lens\/)?[^/]+\.json$/.test(path)) return 'data';
  return 'other';
}

const gzipBytes = (body: Buffer) => gzipSync(body, { level: 9 }).length;

/** Gzip bytes per part of everything the first view loads. */
async function firstViewWeight(browser: Browser, origin: string): Promise<Map<Part, number>> {
  const page = await browser.context.newPage();
  const responses: Response[] = [];
  page.on('response', (r) => responses.push(r));
  await page.goto(`${origin}/?state=${WEIGHT_LENS}`);
  await ready(page);
  const parts = new Map<Part, number>(['MapLibre', 'geometry', 'app JS + CSS', 'data', 'other'].map((p) => [p as Part, 0]));
  for (const r of responses.filter((r) => r.url().startsWith(origin))) {
    const part = partOf(new URL(r.url()).pathname);
    parts.set(part, parts.get(part)! + gzipBytes(await r.body()));
  }
  await page.close();
  return parts;
}

/** The data another lens's first view would load, from dist/: index.json, states.json and its lens file. */
function lensDataBytes(code: string): number {
  return ['data/index.json', 'data/states.json', `data/lens/${code}.json`].reduce((sum, file) => sum + gzipBytes(readFileSync(join(DIST, file))), 0);
}

async function weightRows(browser: Browser, origin: string): Promise<Row[]> {
  const section = `weight (first view of ?state=${WEIGHT_LENS}, gzip -9)`;
  const parts = await firstViewWeight(browser, origin);
  const beyond = parts.get('geometry')! + parts.get('app JS + CSS')! + parts.get('data')! + parts.get('other')!;
  const otherLenses = (JSON.parse(readFileSync(join(DIST, 'data/index.json'), 'utf8')) as { lenses: string[] }).lenses.filter((l) => l !== WEIGHT_LENS);
  return [
    kbRow(section, 'MapLibre (JS chunk, CSS, worker)', parts.get('MapLibre')!),
    kbRow(section, 'geometry (geo/countries-equal-earth.json)', parts.get('geometry')!, 100),
    kbRow(section, 'app JS + CSS (index.html and its own assets/*.js, *.css)', parts.get('app JS + CSS')!, 60),
    kbRow(section, `${WEIGHT_LENS} data (data/index.json, states.json, lens/${WEIGHT_LENS}.json)`, parts.get('data')!, 40),
    kbRow(section, 'other files', parts.get('other')!),
    kbRow(section, 'total beyond MapLibre', beyond, 200),
    ...otherLenses.map((code) => kbRow(section, `${code} data, if it were the first view (from dist/)`, lensDataBytes(code), 40)),
  ];
}

/** Builds both sites, serves them on 127.0.0.1 and measures in one browser session. */
export async function benchBrowser(options: BrowserOptions): Promise<Row[]> {
  buildSites();
  const app = await serve(DIST);
  const bare = await serve(BARE_OUT);
  const browser = await launch();
  try {
    return [
      ...(await scrubRows(browser, app.origin, options)),
      ...(await firstViewRows(browser, app.origin, bare.origin, options.firstViewRuns)),
      ...(await weightRows(browser, app.origin)),
    ];
  } finally {
    await browser.close();
    await Promise.all([app.close(), bare.close()]);
  }
}
