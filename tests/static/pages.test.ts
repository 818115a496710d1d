// Every page of the built site, checked from its HTML alone (lib/site-checks): one h1, a title, a
// meta description, one main, <html lang>, unique ids, JSON-LD that parses, nothing loaded from
// another origin, a CSP <meta> whose hashes match the page's inline scripts, and every amount or
// percentage beside a link to its source.
import { describe, expect, it } from 'vitest';
import { pageProblems, parseHtml } from '@/lib/site-checks';
import { builtSite } from './built-site';

const { pages } = builtSite();

it('finds the pages of the built site', () => {
  expect(pages.size).toBeGreaterThan(10);
});

describe('every page passes the static checks', () => {
  for (const [route, html] of pages) {
    it(route, () => {
      expect(pageProblems(html, parseHtml(html))).toEqual([]);
    });
  }
});
