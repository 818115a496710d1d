import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtRoutes } from './helpers';

const routes = builtRoutes();

// The check that every figure sits beside its source runs for every page in no-js.spec.ts.

test('every source link points at an entry on the sources page', async ({ page }) => {
  await page.goto('/sources/');
  const ids = new Set(
    await page.locator('main li[id]').evaluateAll((items) => items.map((item) => item.id)),
  );
  for (const route of routes) {
    const html = readFileSync(join('out', route, 'index.html'), 'utf8');
    for (const [, id] of html.matchAll(/href="\/sources\/#([^"]+)"/g)) {
      expect(ids.has(id ?? ''), `${route} links /sources/#${id}`).toBe(true);
    }
  }
});

test('the sitemap lists every page meant for search, at the site address', () => {
  const sitemap = readFileSync(join('out', 'sitemap.xml'), 'utf8');
  const listed = [...sitemap.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)]
    .map(([, path]) => path)
    .sort();
  const indexable = routes.filter((route) => {
    const html = readFileSync(join('out', route, 'index.html'), 'utf8');
    return route !== '/404/' && !/<meta name="robots" content="[^"]*noindex/.test(html);
  });
  expect(listed).toEqual(indexable);
});
