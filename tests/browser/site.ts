// One built site on 127.0.0.1 and one Chromium per test file, started before and closed after it.
import { afterAll, beforeAll } from 'vitest';
import { DIST, launch, serve, type Browser, type StaticServer } from './harness';

export function useSite(): { server: StaticServer; browser: Browser } {
  const site = {} as { server: StaticServer; browser: Browser };
  beforeAll(async () => {
    site.server = await serve(DIST);
    site.browser = await launch();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
