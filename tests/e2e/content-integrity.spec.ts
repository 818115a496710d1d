import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtRoutes } from './helpers';

const routes = builtRoutes();

test.describe('figures carry their sources', () => {
  test.use({ javaScriptEnabled: false });

  for (const route of routes) {
    test(`every amount or percentage on ${route} sits beside a source link`, async ({ page }) => {
      await page.goto(route);
      const unsourced = await page.locator('main').evaluate((main) => {
        const figurePattern = /\$\s?\d|\d\s?%/;
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
        const problems: string[] = [];
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          if (!figurePattern.test(text)) continue;
          const holder = node.parentElement?.closest('[data-sourced]');
          if (!holder || !holder.querySelector('a[href^="/sources/#"]')) problems.push(text.trim());
        }
        return problems;
      });
      expect(unsourced).toEqual([]);
    });
  }
});

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
