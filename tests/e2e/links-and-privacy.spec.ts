import { expect, test } from '@playwright/test';
import { findBrokenLinks } from '@/lib/site-links';
import { builtRoutes, builtSite } from './helpers';

test('every internal link and #anchor in out/ resolves', () => {
  const { pages, files } = builtSite();
  expect(pages.size).toBeGreaterThan(10);
  expect(findBrokenLinks(pages, files)).toEqual([]);
});

test.describe('privacy: pages only talk to their own origin', () => {
  for (const route of builtRoutes()) {
    test(route, async ({ page, baseURL }) => {
      const origin = new URL(baseURL ?? '').origin;
      const elsewhere: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
          elsewhere.push(request.url());
      });
      await page.goto(route, { waitUntil: 'networkidle' });
      expect(elsewhere).toEqual([]);
    });
  }
});
