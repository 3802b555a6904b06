// The counts chart, the PNG export and the About page, driven as a reader would.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { colourAt, openPage, ready } from './harness';
import { useSite } from './site';
import { asOf, colourOf, expectedCategory, lensIndex } from './expected';
import { countSeries, stepOn } from '../../src/core/series';
import { CATEGORIES, CATEGORY_LABEL } from '../../src/core/categories';
import { formatDay, isoDay, parseDay } from '../../src/core/date';
import { EXPORT_HEADER } from '../../src/ui/export';

const SHOTS = 'test-results';
const site = useSite();

type Atlas = { atlas: { day(): number; whenIdle(): Promise<void>; project(lon: number, lat: number): { x: number; y: number } | null } };
const atlasDay = (page: Page) => page.evaluate(() => (window as unknown as Atlas).atlas.day());
const idle = (page: Page) => page.evaluate(() => (window as unknown as Atlas).atlas.whenIdle());

const KOSOVO_FROM = parseDay('2008-02-17')!;
const LAST = parseDay(asOf)!;
/** The chart maps the lens's days onto its width less 8px at each side, like the slider's thumb. */
async function chartX(page: Page, day: number): Promise<{ x: number; y: number; daysPerPixel: number }> {
  const box = (await page.locator('#chart svg').boundingBox())!;
  const width = box.width - 16;
  return { x: box.x + 8 + ((day - KOSOVO_FROM) / (LAST - KOSOVO_FROM)) * width, y: box.y + box.height / 2, daysPerPixel: (LAST - KOSOVO_FROM) / width };
}

describe('counts chart', () => {
  it('pressing the chart at 2012-06-01 sets that date (one history entry), the cursor follows, and dragging scrubs', async () => {
    const { page, log } = await openPage(site.browser, site.server.origin);
    await page.goto(`${site.server.origin}/?state=XKX&date=2021-02-01`);
    await ready(page);
    await page.waitForSelector('#chart .chart-relations');
    const historyBefore = await page.evaluate(() => history.length);
    const target = parseDay('2012-06-01')!;
    const at = await chartX(page, target);
    await page.mouse.click(at.x, at.y);
    const day = await atlasDay(page);
    expect(Math.abs(day - target)).toBeLessThanOrEqual(Math.ceil(at.daysPerPixel));
    await page.waitForFunction((iso) => new URLSearchParams(location.search).get('date') === iso, isoDay(day));
    expect(await page.evaluate(() => history.length)).toBe(historyBefore + 1);
    // The cursor stands where the day is, and the map shows that day.
    const cursorX = Number(await page.locator('#chart .chart-cursor:not(.chart-compare)').getAttribute('x1'));
    const box = (await page.locator('#chart svg').boundingBox())!;
    expect(Math.abs(box.x + cursorX - (await chartX(page, day)).x)).toBeLessThan(1.5);
    await idle(page);
    expect(await colourAt(page, -98, 39)).toBe(colourOf(expectedCategory('XKX', 'USA', isoDay(day))));

    const dragTo = parseDay('2016-01-01')!;
    const from = await chartX(page, parseDay('2010-01-01')!);
    const to = await chartX(page, dragTo);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 12 });
    await page.mouse.up();
    expect(Math.abs((await atlasDay(page)) - dragTo)).toBeLessThanOrEqual(Math.ceil(to.daysPerPixel));
    // The press pushed one entry; the drag replaced it as it went.
    expect(await page.evaluate(() => history.length)).toBe(historyBefore + 2);
    await page.goBack();
    await page.waitForFunction((d) => (window as unknown as Atlas).atlas.day() === d, day);
    await page.screenshot({ path: `${SHOTS}/chart-kosovo.png` });
    expect(log.errors).toEqual([]);
    await page.close();
  });

  it("marks the lens's milestones, and its layers stack to the core's counts at the cursor", async () => {
    const { page } = await openPage(site.browser, site.server.origin);
    await page.goto(`${site.server.origin}/?state=ISR&date=1975-01-01`);
    await ready(page);
    await page.waitForSelector('#chart .chart-relations');
    const index = lensIndex('ISR');
    const from = index.curated!.from!;
    const inRange = index.curated!.milestones.filter((m) => m.day >= from && m.day <= LAST);
    expect(inRange.length).toBeGreaterThan(0);
    const titles = await page.locator('#chart .chart-milestone title').allTextContents();
    expect(titles).toEqual(inRange.map((m) => `${formatDay(m.day)}: ${m.label}`));
    // The relations layer's height at the cursor is the core's count of states with relations.
    const expected = stepOn(countSeries(index, from, LAST), parseDay('1975-01-01')!)!.counts;
    const heights = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('#chart svg')!;
      const cursor = svg.querySelector<SVGLineElement>('.chart-cursor:not(.chart-compare)')!;
      const x = Number(cursor.getAttribute('x1'));
      const point = svg.createSVGPoint();
      point.x = x;
      const layerAt = (name: string) => {
        const path = svg.querySelector<SVGPathElement>(`.chart-${name}`)!;
        const ys: number[] = [];
        for (let y = 0; y <= svg.height.baseVal.value; y += 0.25) {
          point.y = y;
          if (path.isPointInFill(point)) ys.push(y);
        }
        return ys.length === 0 ? 0 : Math.max(...ys) - Math.min(...ys);
      };
      const total = svg.height.baseVal.value;
      return { relations: layerAt('relations'), severed: layerAt('severed'), total };
    });
    expect(expected.severed).toBeGreaterThan(0);
    // Heights are in proportion to the counts (to within a pixel of drawing).
    const perState = heights.relations / expected.relations;
    expect(Math.abs(heights.severed - expected.severed * perState)).toBeLessThan(1.5);
    await page.close();
  });
});

describe('PNG export', () => {
  it('Save PNG downloads the map under a title band, with legend and sources; the pixels are the map\'s', async () => {
    const { page, log } = await openPage(site.browser, site.server.origin);
    await page.goto(`${site.server.origin}/?state=XKX&date=2021-02-01`);
    await ready(page);
    const usa = (await page.evaluate(() => (window as unknown as Atlas).atlas.project(-98, 39)))!;
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.export-png').click()]);
    expect(download.suggestedFilename()).toBe('recognition-atlas-XKX-2021-02-01.png');
    const png = readFileSync((await download.path())!).toString('base64');
    const read = await page.evaluate(
      async ([data, x, y, header]) => {
        const bytes = Uint8Array.from(atob(data!), (c) => c.charCodeAt(0));
        const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const map = document.querySelector<HTMLCanvasElement>('#map canvas')!;
        const ratio = map.width / map.clientWidth;
        const pixel = context.getImageData(Math.round(Number(x) * ratio), Math.round((Number(y) + Number(header)) * ratio), 1, 1).data;
        const darkIn = (top: number, bottom: number) => {
          const rows = context.getImageData(0, top, image.width, bottom - top).data;
          let n = 0;
          for (let i = 0; i < rows.length; i += 4) if (rows[i]! < 90 && rows[i + 1]! < 90 && rows[i + 2]! < 90) n++;
          return n;
        };
        const mapBottom = Math.round((Number(header) * ratio) + map.height);
        return {
          width: image.width,
          height: image.height,
          mapWidth: map.width,
          mapHeight: map.height,
          usa: `#${[...pixel.slice(0, 3)].map((v) => v.toString(16).padStart(2, '0')).join('')}`,
          titleInk: darkIn(0, Math.round(Number(header) * ratio)),
          legendAndSourcesInk: darkIn(mapBottom, image.height),
        };
      },
      [png, usa.x, usa.y, EXPORT_HEADER] as const,
    );
    expect(read.width).toBe(read.mapWidth);
    expect(read.height).toBeGreaterThan(read.mapHeight + EXPORT_HEADER);
    expect(read.usa).toBe(colourOf(expectedCategory('XKX', 'USA', '2021-02-01')));
    expect(read.titleInk).toBeGreaterThan(200);
    expect(read.legendAndSourcesInk).toBeGreaterThan(500);
    expect(log.errors).toEqual([]);
    await page.close();
  });
});

describe('About page', () => {
  it('explains every category, which date counts, asOf and version, how to cite, boundaries and how to report an error', async () => {
    const { page, log } = await openPage(site.browser, site.server.origin);
    await page.goto(`${site.server.origin}/?state=ISR`);
    await ready(page);
    await page.locator('a.about-link').click();
    await page.waitForSelector('body[data-ready]');
    expect(new URL(page.url()).pathname).toBe('/about.html');
    const rows = await page.locator('#categories tr th').allTextContents();
    expect(rows).toEqual(CATEGORIES.map((c) => CATEGORY_LABEL[c]));
    const text = await page.locator('main').innerText();
    expect(text).toContain(`checked as of ${formatDay(LAST)}`);
    for (const heading of ['Which date counts', 'How to cite', 'Boundaries', 'Report an error']) expect(text).toContain(heading);
    expect(await page.locator('#cite').textContent()).toContain(`(as of ${formatDay(LAST)})`);
    expect(await page.locator('#lenses li').count()).toBe(4);
    await page.screenshot({ path: `${SHOTS}/about.png`, fullPage: true });
    await page.locator('a.about-back').click();
    await ready(page);
    expect(new URL(page.url()).pathname).toBe('/');
    expect(log).toEqual({ errors: [], offOrigin: [], cspViolations: [] });
    await page.close();
  });
});
