// Checks across the built site: links and anchors, the sitemap, source links, out/_headers, and that
// every page belongs to a template the browser tests know.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile, readCspMeta } from '@/lib/csp';
import { findBrokenLinks, isNoindex, parseHtml, sitemapProblems } from '@/lib/site-checks';
import { routes } from '@/lib/routes';
import { representatives, templateOf, TEMPLATES } from '../e2e/templates';
import { builtSite, OUT_DIR } from './built-site';

const { pages, files } = builtSite();
const HEADERS_FILE = join(OUT_DIR, '_headers');

it('every internal link and #anchor in out/ resolves', () => {
  expect(findBrokenLinks(pages, files)).toEqual([]);
});

it('the sitemap lists every page meant for search, and nothing else', () => {
  const indexable = [...pages]
    .filter(([route, html]) => route !== '/404/' && !isNoindex(html))
    .map(([route]) => route);
  expect(sitemapProblems(readFileSync(join(OUT_DIR, 'sitemap.xml'), 'utf8'), indexable)).toEqual(
    [],
  );
});

it('every source link points at an entry of the sources page', () => {
  const sourcesPage = parseHtml(pages.get(routes.sources()) ?? '');
  const ids = new Set([...sourcesPage.querySelectorAll('main li[id]')].map((item) => item.id));
  const dangling = [...pages].flatMap(([route, html]) =>
    // Spanish pages link the Spanish sources page, which lists the same entries.
    [...html.matchAll(/href="((?:\/es)?\/sources\/)#([^"]+)"/g)]
      .filter(([, , id]) => !ids.has(id ?? ''))
      .map(([, page, id]) => `${route} links ${page}#${id}`),
  );
  expect(ids.size).toBeGreaterThan(0);
  expect(dangling).toEqual([]);
});

describe('out/_headers', () => {
  const rules = existsSync(HEADERS_FILE)
    ? parseHeadersFile(readFileSync(HEADERS_FILE, 'utf8'))
    : new Map<string, Array<[string, string]>>();

  it('sets the site-wide headers', () => {
    expect(existsSync(HEADERS_FILE), 'out/_headers exists').toBe(true);
    const siteWide = new Map(rules.get('/*'));
    expect(siteWide.get('X-Content-Type-Options')).toBe('nosniff');
    expect(siteWide.get('Referrer-Policy')).toBe('no-referrer');
    for (const feature of [
      'camera',
      'microphone',
      'geolocation',
      'payment',
      'usb',
      'interest-cohort',
      'browsing-topics',
    ])
      expect(siteWide.get('Permissions-Policy')).toContain(`${feature}=()`);
  });

  it("repeats each page's <meta> policy, with frame-ancestors", () => {
    const mismatched = [...pages]
      .filter(([route, html]) => {
        const header = new Map(rules.get(route)).get('Content-Security-Policy');
        return header !== `${readCspMeta(html)}; frame-ancestors 'none'`;
      })
      .map(([route]) => route);
    expect(mismatched, 'pages whose _headers policy differs from their <meta>').toEqual([]);
  });
});

describe('templates (tests/e2e/templates.ts)', () => {
  it('every built page belongs to a known template', () => {
    const unknown = [...pages.keys()].filter((route) => templateOf(route) === undefined);
    expect(unknown, 'pages of no template: add it to TEMPLATES').toEqual([]);
  });

  it('every template has pages for the browser tests, and the main routes are among them', () => {
    const chosen = representatives(pages);
    for (const [name, list] of chosen) expect(list.length, name).toBeGreaterThan(0);
    expect([...chosen.values()].flat()).toEqual(
      expect.arrayContaining(['/', '/compare/', '/roles/coder/', '/roles/biller/']),
    );
  });

  it("a template's chosen pages show every variant its pages have, with fewer pages", () => {
    const chosen = representatives(pages);
    for (const template of TEMPLATES) {
      const { variants } = template;
      if (variants === undefined) continue;
      const valuesOf = (routes: readonly string[]) =>
        new Set(
          routes.flatMap((route) =>
            Object.entries(variants(pages.get(route) ?? '')).map(
              ([key, value]) => `${key}=${value}`,
            ),
          ),
        );
      const own = [...pages.keys()].filter((route) => template.matches(route));
      const kept = (chosen.get(template.name) ?? []).filter((route) => template.matches(route));
      expect(valuesOf(kept), template.name).toEqual(valuesOf(own));
      expect(kept.length, template.name).toBeLessThan(own.length);
    }
  });
});
