// Bad input never breaks the page: hostile text, missing WebGL, files that fail, bursts of input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { colourAt, DIST, launch, openPage, ready, serve, type Browser, pagePoint } from './harness';
import { colourOf, expectedCategory } from './expected';

const SHOTS = 'test-results';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  "javascript:window.__pwned=1",
];

function hostileFiles(): Record<string, string> {
  const states = JSON.parse(readFileSync(join(DIST, 'data/states.json'), 'utf8'));
  for (const s of states.states) if (s.code === 'USA') s.name = `${HOSTILE[0]} United States`;
  for (const s of states.states) if (s.code === 'SRB') s.name = HOSTILE[2];
  const lens = JSON.parse(readFileSync(join(DIST, 'data/lens/XKX.json'), 'utf8'));
  const details = JSON.parse(readFileSync(join(DIST, 'data/lens/XKX.details.json'), 'utf8'));
  const id = 'usa-xkx-recognition-2008-02-18-hostile';
  lens.events.push({ id, date: '2008-02-18', type: 'recognition', actor: 'USA', target: 'XKX' });
  details[id] = {
    note: HOSTILE[1],
    sources: [
      { title: HOSTILE[0], publisher: HOSTILE[1], url: HOSTILE[3] },
      { title: 'data link', publisher: 'x', url: 'data:text/html,<script>window.__pwned=1</script>' },
    ],
  };
  return { '/data/states.json': JSON.stringify(states), '/data/lens/XKX.json': JSON.stringify(lens), '/data/lens/XKX.details.json': JSON.stringify(details) };
}

describe('hostile text', () => {
  it('names, notes and source titles with HTML and script stay inert text everywhere', async () => {
    const files = hostileFiles();
    const server = await serve(DIST, (path) => (files[path] ? { status: 200, body: files[path]! } : null));
    const { page, log } = await openPage(browser, server.origin);
    await page.goto(`${server.origin}/?state=XKX&date=2009-01-01&country=USA&map=2/35/-130`);
    await ready(page);
    // Panel: the note and the source title as text; the javascript: and data: links are not links.
    const panel = page.locator('#panel');
    await page.waitForFunction(() => !document.querySelector('#panel .loading'));
    await expect(panel.textContent()).resolves.toContain(HOSTILE[1]);
    await expect(panel.locator('h2').textContent()).resolves.toContain(HOSTILE[0]);
    const hrefs = await page.$$eval('#panel a, #table a', (links) => links.map((a) => [a.getAttribute('href'), a.getAttribute('rel')]));
    for (const [href, rel] of hrefs) {
      expect(href).toMatch(/^https?:\/\//);
      expect(rel).toBe('noopener noreferrer');
    }
    // Tooltip: hover the USA.
    const at = await pagePoint(page, -98, 39);
    await page.mouse.move(at.x, at.y);
    await page.waitForSelector('#tooltip:not([hidden])');
    await expect(page.locator('#tooltip').textContent()).resolves.toContain(HOSTILE[0]);
    // Table and legend.
    await page.locator('[data-mode="table"]').click();
    await expect(page.locator('#table').textContent()).resolves.toContain(HOSTILE[2]);
    // Downloads carry the text as data, not markup that runs.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.download-csv').click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('<img src=x onerror=');
    await page.locator('#picker .picker-input').fill('onerror');
    await expect(page.locator('#picker .picker-list').textContent()).resolves.toContain(HOSTILE[0]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img, script:not([src]), svg[onload]').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/hostile-text.png` });
    expect(log.offOrigin).toEqual([]);
    expect(log.cspViolations).toEqual([]);
    await page.close();
    await server.close();
  });
});

describe('failure modes', () => {
  it('geometry that fails to load: a clear message, the table, and a retry that draws the map', async () => {
    let fail = true;
    const server = await serve(DIST, (path) => (path === '/geo/countries-equal-earth.json' && fail ? { status: 404, body: 'not found' } : null));
    const { page } = await openPage(browser, server.origin);
    await page.goto(`${server.origin}/?state=XKX&date=2021-02-01`);
    await page.waitForSelector('body[data-ready]');
    await expect(page.locator('#notice').textContent()).resolves.toMatch(/Could not load geo\/countries-equal-earth\.json: the server answered 404/);
    await expect(page.locator('body').getAttribute('data-mode')).resolves.toBe('table');
    expect(await page.locator('#table tbody tr').count()).toBeGreaterThan(50);
    fail = false;
    await page.locator('.notice-action').click();
    await page.waitForSelector('body[data-map="ready"][data-mode="map"]');
    await ready(page);
    await page.screenshot({ path: `${SHOTS}/geometry-retry.png` });
    expect(await colourAt(page, 20.9, 44.0)).toBe(colourOf('claimant'));
    await page.close();
    await server.close();
  });

  it('a truncated data file: a clear message and a retry, never a blank page that throws', async () => {
    const server = await serve(DIST, (path) => (path === '/data/states.json' ? { status: 200, body: '{"states": [{"code": "XK' } : null));
    const { page, log } = await openPage(browser, server.origin);
    await page.goto(`${server.origin}/`);
    await page.waitForSelector('body[data-ready="error"]');
    await expect(page.locator('#notice').textContent()).resolves.toMatch(/Could not load data\/states\.json: the file is not valid JSON/);
    await expect(page.locator('.notice-action').textContent()).resolves.toBe('Retry');
    expect(log.errors.filter((e) => !e.includes('Could not load'))).toEqual([]);
    await page.close();
    await server.close();
  });

  it('without WebGL the atlas shows the table with the same categories, and says why', async () => {
    const noGl = await launch({ extraArgs: ['--disable-webgl', '--disable-3d-apis'] });
    const server = await serve(DIST);
    const { page } = await openPage(noGl, server.origin);
    await page.goto(`${server.origin}/?state=XKX&date=2021-02-01`);
    await page.waitForSelector('body[data-ready]');
    await expect(page.locator('#notice').textContent()).resolves.toContain('WebGL');
    await expect(page.locator('body').getAttribute('data-mode')).resolves.toBe('table');
    const serbia = await page.locator('#table tr[data-code="SRB"]').getAttribute('data-category');
    expect(serbia).toBe(expectedCategory('XKX', 'SRB', '2021-02-01'));
    await page.screenshot({ path: `${SHOTS}/no-webgl.png` });
    await page.close();
    await server.close();
    await noGl.close();
  });

  it('1,000 slider changes in a burst: the map and the URL end on the last one, no errors', async () => {
    const server = await serve(DIST);
    const { page, log } = await openPage(browser, server.origin);
    await page.goto(`${server.origin}/?state=ISR&date=1960-01-01`);
    await ready(page);
    const last = await page.evaluate(() => {
      const slider = document.querySelector<HTMLInputElement>('.timeline-slider')!;
      const min = Number(slider.min);
      const max = Number(slider.max);
      let day = min;
      for (let i = 0; i < 1000; i++) {
        day = min + Math.floor(((i * 7919) % 1000) / 1000 * (max - min));
        slider.value = String(day);
        slider.dispatchEvent(new Event('input', { bubbles: true }));
      }
      return new Date(day * 86_400_000).toISOString().slice(0, 10);
    });
    await page.waitForFunction((d) => location.search.includes(`date=${d}`), last, { timeout: 10_000 });
    await page.evaluate(() => (window as unknown as { atlas: { whenIdle(): Promise<void> } }).atlas.whenIdle());
    for (const [code, lon, lat] of [['USA', -98, 39], ['BRA', -52, -10], ['EGY', 30, 26]] as const) {
      expect(await colourAt(page, lon, lat), code).toBe(colourOf(expectedCategory('ISR', code, last)));
    }
    expect(log.errors).toEqual([]);
    await page.close();
    await server.close();
  });
});
