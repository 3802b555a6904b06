// Serves the built site on 127.0.0.1 and drives Debian's Chromium through playwright-core, the way a
// reader's browser would: software WebGL, history throttling left on, a fresh profile every time.
import { createServer, type Server } from 'node:http';
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves `root`; `override` can answer a path instead (for failure tests). */
export async function serve(root: string, override?: (path: string) => { status: number; body: string } | null): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const forced = override?.(path);
    if (forced) {
      res.writeHead(forced.status, { 'Content-Type': 'application/json' });
      res.end(forced.body);
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export function chromiumPath(): string {
  const path = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((p) => p && existsSync(p));
  if (!path) throw new Error('No Chromium: run `node scripts/ensure-chromium.mjs` or set CHROMIUM_PATH');
  return path;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launch({ extraArgs = [] as string[], viewport = { width: 1280, height: 800 }, hasTouch = false } = {}): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'atlas-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
    // Keep Chromium's history throttling, as readers' browsers have it.
    ignoreDefaultArgs: ['--disable-ipc-flooding-protection'],
    viewport,
    hasTouch,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export interface PageLog {
  errors: string[];
  offOrigin: string[];
  cspViolations: string[];
}

/** Opens a page that records console errors, requests to other origins and CSP violations. */
export async function openPage(browser: Browser, origin: string): Promise<{ page: Page; log: PageLog }> {
  const page = await browser.context.newPage();
  const log: PageLog = { errors: [], offOrigin: [], cspViolations: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) log.offOrigin.push(url);
  });
  await page.exposeFunction('__reportCsp', (text: string) => log.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (t: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { page, log };
}

/** Waits for the atlas to start and the map to be idle with its final colours. */
export async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready]', { timeout: 30_000 });
  await page.evaluate(() => (window as unknown as { atlas: { whenIdle(): Promise<void> } }).atlas.whenIdle());
}

/** Where a real longitude/latitude is on the page (for clicks, taps and hovers). */
export async function pagePoint(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const at = await page.evaluate(([x, y]) => (window as unknown as { atlas: { project(a: number, b: number): { x: number; y: number } | null } }).atlas.project(x!, y!), [lon, lat]);
  const box = await page.locator('#map canvas').boundingBox();
  if (!at || !box) throw new Error('no map');
  return { x: box.x + at.x, y: box.y + at.y };
}

/** The colour drawn at a real longitude/latitude, as '#rrggbb'. */
export async function colourAt(page: Page, lon: number, lat: number): Promise<string> {
  const point = await page.evaluate(([x, y]) => (window as unknown as { atlas: { project(a: number, b: number): { x: number; y: number } | null } }).atlas.project(x!, y!), [lon, lat]);
  if (!point) throw new Error('no map');
  const box = await page.locator('#map canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  return page.evaluate(([x, y]) => {
    const canvas = document.querySelector<HTMLCanvasElement>('#map canvas')!;
    const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
    if (!gl) throw new Error('no WebGL');
    const ratio = canvas.width / canvas.clientWidth;
    const pixel = new Uint8Array(4);
    gl.readPixels(Math.round(x! * ratio), Math.round(canvas.height - y! * ratio), 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    return `#${[...pixel.slice(0, 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  }, [point.x, point.y]);
}

export const DIST = join(process.cwd(), 'dist');
