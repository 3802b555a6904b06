// Exploring the history: timeline, legend counts, country panel, compare, table, embed, projection,
// share, back and forward, a phone, and the keyboard.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { colourAt, launch, openPage, ready, type Browser, pagePoint } from './harness';
import { useSite } from './site';
import { colourOf, expectedCategory, expectedCounts, lensIndex } from './expected';
import { changeCounts, changesBetween } from '../../src/core/compare';
import { parseDay } from '../../src/core/date';
import { CATEGORIES } from '../../src/core/categories';

const SHOTS = 'test-results';
const site = useSite();

async function open(query: string, b: Browser = site.browser): Promise<Page> {
  const { page } = await openPage(b, site.server.origin);
  await page.goto(`${site.server.origin}/${query}`);
  await ready(page);
  return page;
}
const idle = (page: Page) => page.evaluate(() => (window as unknown as { atlas: { whenIdle(): Promise<void> } }).atlas.whenIdle());
const query = (page: Page) => new URL(page.url()).searchParams;
/** How many near-black pixels (outlines) the map draws between two real corners. */
/** Pixels in a box whose red, green and blue are all below `below`: outlines (60), hatching stripes over a colour (110). */
async function darkPixels(page: Page, [west, north]: [number, number], [east, south]: [number, number], below = 60): Promise<number> {
  const a = await page.evaluate(([x, y]) => (window as unknown as { atlas: { project(a: number, b: number): { x: number; y: number } } }).atlas.project(x!, y!), [west, north]);
  const b = await page.evaluate(([x, y]) => (window as unknown as { atlas: { project(a: number, b: number): { x: number; y: number } } }).atlas.project(x!, y!), [east, south]);
  return page.evaluate(([x0, y0, x1, y1, limit]) => {
    const canvas = document.querySelector<HTMLCanvasElement>('#map canvas')!;
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl'))!;
    const ratio = canvas.width / canvas.clientWidth;
    const [left, top] = [Math.max(0, Math.round(x0! * ratio)), Math.max(0, Math.round(y0! * ratio))];
    const [width, height] = [Math.min(canvas.width, Math.round(x1! * ratio)) - left, Math.min(canvas.height, Math.round(y1! * ratio)) - top];
    const pixels = new Uint8Array(width * height * 4);
    gl.readPixels(left, canvas.height - top - height, width, height, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
    let count = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < limit! && pixels[i + 1]! < limit! && pixels[i + 2]! < limit!) count++;
    return count;
  }, [a.x, a.y, b.x, b.y, below]);
}
async function legendCounts(page: Page): Promise<Record<string, number>> {
  return page.$$eval('#legend .legend-row', (rows) =>
    Object.fromEntries(rows.filter((r) => !(r as HTMLElement).hidden && r.querySelector('.legend-count')!.textContent !== '').map((r) => [r.getAttribute('data-key'), Number(r.querySelector('.legend-count')!.textContent)])),
  );
}

describe('legend counts', () => {
  for (const lens of ['XKX', 'ISR']) {
    it(`${lens} on 2021-02-01: the counts on screen are what the core computes`, async () => {
      const page = await open(`?state=${lens}&date=2021-02-01`);
      const expected = expectedCounts(lens, '2021-02-01');
      const shown = await legendCounts(page);
      for (const c of CATEGORIES) if (c !== 'self' && c !== 'notstate' && expected[c] > 0) expect(shown[c], c).toBe(expected[c]);
      expect(Object.keys(shown).filter((k) => k in expected).every((k) => shown[k] === expected[k as keyof typeof expected])).toBe(true);
      await page.screenshot({ path: `${SHOTS}/legend-${lens}-2021-02-01.png` });
      await page.close();
    });
  }
});

describe('timeline', () => {
  it('next and previous event buttons jump between change days; Latest returns to the end', async () => {
    const page = await open('?state=XKX&date=2008-02-17');
    const index = lensIndex('XKX');
    const start = await page.evaluate(() => (window as unknown as { atlas: { day(): number } }).atlas.day());
    await page.locator('.next-event').click();
    const next = await page.evaluate(() => (window as unknown as { atlas: { day(): number } }).atlas.day());
    expect(next).toBeGreaterThan(start);
    expect(index.timelines.size).toBeGreaterThan(0);
    await page.locator('.previous-event').click();
    expect(await page.evaluate(() => (window as unknown as { atlas: { day(): number } }).atlas.day())).toBeLessThan(next);
    await page.locator('.latest').click();
    await expect(page.locator('.timeline-date').textContent()).resolves.toContain('(latest)');
    expect(query(page).get('date')).toBeNull();
    await page.close();
  });

  it('play advances the date and pause stops it; a typed date goes there', async () => {
    const page = await open('?state=ISR&date=1950-01-01');
    await page.locator('.play-speed').selectOption('1826');
    await page.locator('.play').click();
    await page.waitForTimeout(600);
    await page.locator('.play').click();
    const day = await page.evaluate(() => (window as unknown as { atlas: { day(): number } }).atlas.day());
    expect(day).toBeGreaterThan(parseDay('1950-06-01')!);
    const paused = day;
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { atlas: { day(): number } }).atlas.day())).toBe(paused);
    await page.locator('.timeline-typed').fill('1979-03-26');
    await page.locator('.timeline-typed').dispatchEvent('change');
    await page.waitForFunction(() => location.search.includes('date=1979-03-26'));
    await page.close();
  });
});

describe('country panel', () => {
  it('clicking a country opens its history with sources; an event button sets the date', async () => {
    const page = await open('?state=XKX&date=2021-03-01&map=4/32/35');
    const at = await pagePoint(page, 34.85, 30.9);
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => location.search.includes('country=ISR'));
    await expect(page.locator('#panel h2').textContent()).resolves.toBe('Israel and Kosovo');
    await page.waitForSelector('#panel .sources a');
    const links = await page.$$eval('#panel .sources a', (as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    await page.locator('#panel .jump').first().click();
    await page.waitForFunction(() => location.search.includes('date=2020-09-04'));
    await page.screenshot({ path: `${SHOTS}/panel-israel-kosovo.png` });
    await page.close();
  });

  it('the country finder opens a country by name, alias or code', async () => {
    const page = await open('?state=XKX&date=2021-03-01');
    await page.locator('#finder .picker-input').fill('tuvalu');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search.includes('country=TUV'));
    await expect(page.locator('#panel h2').textContent()).resolves.toContain('Tuvalu');
    await page.close();
  });
});

describe('compare', () => {
  it('compare=2008-06-01 colours by change and lists exactly what the core says changed', async () => {
    const page = await open('?state=XKX&date=2021-03-01&compare=2008-06-01&map=4/32/35');
    const index = lensIndex('XKX');
    const [from, to] = [parseDay('2008-06-01')!, parseDay('2021-03-01')!];
    const counts = changeCounts(index, from, to);
    const shown = await legendCounts(page);
    expect(shown.gained).toBe(counts.gained);
    expect(await page.locator('#changes .change').count()).toBe(changesBetween(index, from, to).length);
    expect(await colourAt(page, 34.85, 30.9)).toBe('#0072b2');
    await page.screenshot({ path: `${SHOTS}/compare-kosovo.png` });
    await page.locator('.compare-clear').click();
    await page.waitForFunction(() => !location.search.includes('compare='));
    await idle(page);
    expect(await colourAt(page, 34.85, 30.9)).toBe(colourOf('relations'));
    await page.close();
  });
});

describe('table', () => {
  it('view=table lists every country, sorts, filters, and downloads what it shows', async () => {
    const page = await open('?state=ISR&date=2021-02-01&view=table');
    const rows = await page.locator('#table tbody tr').count();
    expect(rows).toBeGreaterThan(150);
    await page.locator('#table th button', { hasText: 'Country' }).click();
    const names = await page.locator('#table tbody tr th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    await page.locator('#table th button', { hasText: 'Country' }).click();
    expect(await page.locator('#table tbody tr th').first().textContent()).toBe(names.at(-1));
    await page.locator('.table-search').fill('Diplomatic relations');
    const filtered = await page.locator('#table tbody tr').count();
    expect(filtered).toBe(expectedCounts('ISR', '2021-02-01').relations);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('.download-csv').click()]);
    expect(readFileSync((await csv.path())!, 'utf8').trim().split('\r\n')).toHaveLength(filtered + 1);
    const [json] = await Promise.all([page.waitForEvent('download'), page.locator('.download-json').click()]);
    expect(JSON.parse(readFileSync((await json.path())!, 'utf8'))).toHaveLength(filtered);
    await page.screenshot({ path: `${SHOTS}/table-israel.png` });
    await page.close();
  });
});

describe('embed, projection and share', () => {
  it('embed=1 shows the map and slider only, with a link back to the full view', async () => {
    const page = await open('?state=XKX&date=2021-03-01&embed=1');
    expect(await page.locator('header.top').isVisible()).toBe(false);
    expect(await page.locator('.timeline-slider').isVisible()).toBe(true);
    const href = await page.locator('#full-view').getAttribute('href');
    expect(href).toBe('?date=2021-03-01');
    await page.screenshot({ path: `${SHOTS}/embed.png` });
    await page.close();
  });

  it('switching to Web Mercator keeps the colours and goes in the link; Back returns to Equal Earth', async () => {
    const page = await open('?state=XKX&date=2008-03-01');
    await page.locator('#projection').selectOption('mercator');
    await page.waitForFunction(() => location.search.includes('projection=mercator'));
    await page.waitForSelector('body[data-map="ready"]');
    await idle(page);
    expect(await colourAt(page, -98, 39)).toBe(colourOf(expectedCategory('XKX', 'USA', '2008-03-01')));
    await page.screenshot({ path: `${SHOTS}/mercator.png` });
    await page.goBack();
    await page.waitForFunction(() => !location.search.includes('projection'));
    await page.waitForFunction(() => (window as unknown as { atlas: { view(): { projection: string } } }).atlas.view().projection === 'equal-earth');
    await page.close();
  });

  it('Share copies the link with the date written out', async () => {
    await site.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const page = await open('?state=ISR&country=EGY');
    await page.locator('.share').click();
    await page.waitForFunction(() => document.querySelector('.share-status')!.textContent !== '');
    await expect(page.locator('.share-status').textContent()).resolves.toBe('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\?state=ISR&date=\d{4}-\d{2}-\d{2}&country=EGY$/);
    await page.close();
  });
});

describe('history', () => {
  it('Back and Forward step through state, date, country and compare changes exactly', async () => {
    const page = await open('?state=XKX&date=2010-01-01');
    const views: string[] = [new URL(page.url()).search];
    await page.locator('.next-event').click();
    views.push(new URL(page.url()).search);
    await page.locator('#finder .picker-input').fill('Albania');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search.includes('country=ALB'));
    views.push(new URL(page.url()).search);
    await page.locator('.compare-date').fill('2008-03-01');
    await page.locator('.compare-date').dispatchEvent('change');
    await page.waitForFunction(() => location.search.includes('compare='));
    views.push(new URL(page.url()).search);
    await page.locator('#picker .picker-input').fill('Israel');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search.includes('state=ISR'));
    views.push(new URL(page.url()).search);
    expect(new Set(views).size).toBe(5);
    for (let i = views.length - 2; i >= 0; i--) {
      await page.goBack();
      await page.waitForFunction((q) => location.search === q, views[i]);
      const view = await page.evaluate(() => (window as unknown as { atlas: { view(): unknown } }).atlas.view());
      expect(new URLSearchParams(views[i]).get('country') ?? null).toBe((view as { country: string | null }).country);
    }
    for (let i = 1; i < views.length; i++) {
      await page.goForward();
      await page.waitForFunction((q) => location.search === q, views[i]);
    }
    await expect(page.locator('#lens-note').textContent()).resolves.toContain('Israel');
    await page.close();
  });

  it('panning the map writes map=zoom/lat/lon, and the link restores it', async () => {
    const page = await open('?state=XKX&date=2021-03-01');
    const box = (await page.locator('#map canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2 + 40, { steps: 6 });
    await page.mouse.up();
    await page.waitForFunction(() => location.search.includes('map='));
    const map = query(page).get('map')!;
    const again = await open(`?state=XKX&date=2021-03-01&map=${map}`);
    const camera = await again.evaluate(() => (window as unknown as { atlas: { view(): { camera: unknown } } }).atlas.view().camera);
    const [zoom, lat, lon] = map.split('/').map(Number);
    expect(camera).toEqual({ zoom, lat, lon });
    await page.close();
    await again.close();
  });
});

describe('a phone and the keyboard', () => {
  it('at 390x844 with touch: tap a country, read its panel', async () => {
    const phone = await launch({ viewport: { width: 390, height: 844 }, hasTouch: true });
    const { page } = await openPage(phone, site.server.origin);
    await page.goto(`${site.server.origin}/?state=XKX&date=2021-03-01`);
    await ready(page);
    const at = await pagePoint(page, -98, 39);
    await page.touchscreen.tap(at.x, at.y);
    await page.waitForFunction(() => location.search.includes('country=USA'));
    expect(await page.locator('#panel').isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/phone-panel.png` });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.close();
    await phone.close();
  });

  it('every control is reachable with Tab and shows a visible focus', async () => {
    const page = await open('?state=XKX&date=2021-03-01');
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { key: el.className || el.id || el.tagName, outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px', style: style.outlineStyle, width: style.outlineWidth };
      });
      if (info) {
        expect(info.outline, JSON.stringify(info)).toBe(true);
        reached.add(info.key);
      }
    }
    for (const control of ['picker-input', 'timeline-slider', 'play', 'next-event', 'timeline-typed', 'compare-date', 'share']) {
      expect([...reached].some((k) => k.includes(control)), control).toBe(true);
    }
    await page.close();
  });
});

describe('small states, embassies and the legend', () => {
  it('a microstate marker is clickable like a polygon: Malta', async () => {
    const page = await open('?state=XKX&date=2021-03-01');
    const at = await pagePoint(page, 14.44, 35.89);
    expect(await colourAt(page, 14.44, 35.89)).toBe(colourOf(expectedCategory('XKX', 'MLT', '2021-03-01')));
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => location.search.includes('country=MLT'));
    await expect(page.locator('#panel h2').textContent()).resolves.toBe('Malta and Kosovo');
    await page.close();
  });

  it('the Israel lens counts embassies in Jerusalem and rings them on the map', async () => {
    const page = await open('?state=ISR&date=2021-06-30&map=3/20/-60');
    const count = Number(await page.locator('#legend [data-key="embassy"] .legend-count').textContent());
    const index = lensIndex('ISR');
    const { embassiesOn } = await import('../../src/core/relations');
    expect(count).toBe(embassiesOn(index, parseDay('2021-06-30')!, 'Jerusalem'));
    expect(count).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: `${SHOTS}/israel-embassies-2021.png` });
    await page.close();
  });

  it('the selected country is outlined, a hovered one too, and closing the panel removes the outline', async () => {
    // Brazil's box, in real longitude/latitude: its border runs through it, its neighbours too.
    const page = await open('?state=ISR&date=2021-02-01&map=3/-12/-55');
    const dark = () => darkPixels(page, [-74, 6], [-34, -34]);
    const none = await dark();
    await page.goto(`${site.server.origin}/?state=ISR&date=2021-02-01&map=3/-12/-55&country=BRA`);
    await ready(page);
    const selected = await dark();
    expect(selected).toBeGreaterThan(none + 200);
    const at = await pagePoint(page, -64, -16);
    await page.mouse.move(at.x, at.y);
    await page.waitForFunction(() => document.querySelector('#tooltip')?.textContent?.startsWith('Bolivia'));
    await idle(page);
    expect(await dark()).toBeGreaterThan(selected + 100);
    await page.screenshot({ path: `${SHOTS}/outline-brazil-bolivia.png` });
    await page.mouse.move(2, 2);
    await page.locator('#panel .panel-close').click();
    await page.waitForFunction(() => !location.search.includes('country='));
    await idle(page);
    expect(await dark()).toBeLessThan(none + 50);
    await page.close();
  });

  it("hatching: Ukraine's land is striped in the Soviet Union's colour in 1970, also after switching from Kosovo, and plain once independent", async () => {
    const page = await open('?state=XKX&date=2010-06-01&map=4/48.5/31.5');
    // Central Ukraine, away from its borders and from the markers.
    const stripes = () => darkPixels(page, [27, 51], [36, 47], 110);
    expect(await stripes()).toBeLessThan(20);
    await page.locator('#picker .picker-input').fill('Israel');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search.includes('state=ISR'));
    await page.locator('.timeline-typed').fill('1970-06-01');
    await page.locator('.timeline-typed').dispatchEvent('change');
    await page.waitForFunction(() => location.search.includes('date=1970-06-01'));
    await idle(page);
    await page.screenshot({ path: `${SHOTS}/hatching-ukraine-1970.png` });
    expect(await stripes()).toBeGreaterThan(200);
    await page.locator('.timeline-typed').fill('2000-06-01');
    await page.locator('.timeline-typed').dispatchEvent('change');
    await page.waitForFunction(() => location.search.includes('date=2000-06-01'));
    await idle(page);
    expect(await stripes()).toBeLessThan(20);
    await page.close();
  });

  it('hovering a legend entry fades the countries of other categories', async () => {
    const page = await open('?state=XKX&date=2021-03-01');
    const usa = await colourAt(page, -98, 39);
    const serbia = await colourAt(page, 20.9, 44.0);
    await page.locator('#legend [data-key="claimant"]').hover();
    await idle(page);
    expect(await colourAt(page, 20.9, 44.0)).toBe(serbia);
    expect(await colourAt(page, -98, 39)).not.toBe(usa);
    await page.mouse.move(5, 5);
    await page.locator('#legend [data-key="claimant"]').dispatchEvent('mouseleave');
    await idle(page);
    expect(await colourAt(page, -98, 39)).toBe(usa);
    await page.close();
  });
});
