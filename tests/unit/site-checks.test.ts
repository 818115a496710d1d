// The static page checks (lib/site-checks) on two fixtures: a valid page passes every check, and a
// deliberately broken one fails each of them, so a check that can never fail would show here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cspMetaProblems,
  findBrokenLinks,
  foreignResources,
  isNoindex,
  pageProblems,
  parseHtml,
  sitemapProblems,
  unsourcedFigures,
} from '@/lib/site-checks';

const fixture = (name: string) =>
  readFileSync(join(process.cwd(), 'tests/fixtures/site-checks', name), 'utf8');
const valid = fixture('valid-page.html');
const broken = fixture('broken-page.html');

describe('pageProblems', () => {
  it('finds nothing wrong with a valid page', () => {
    expect(pageProblems(valid, parseHtml(valid))).toEqual([]);
  });

  it('reports every problem of a broken page', () => {
    const problems = pageProblems(broken, parseHtml(broken));
    expect(problems).toEqual(
      expect.arrayContaining([
        '2 h1 elements, expected 1',
        'no <title>',
        'no meta description',
        'no <html lang>',
        'id "pay" is used more than once',
        expect.stringMatching(/^JSON-LD does not parse/),
        'the policy is not the first element of <head> (after the charset)',
      ]),
    );
  });

  it('reports a page without a <main>', () => {
    const html = valid.replace('<main id="main">', '<div id="main">').replace('</main>', '</div>');
    expect(pageProblems(html, parseHtml(html))).toEqual(['not exactly one <main>']);
  });
});

describe('unsourcedFigures', () => {
  it('accepts amounts and percentages inside a [data-sourced] element with a source link', () => {
    expect(unsourcedFigures(parseHtml(valid))).toEqual([]);
  });

  it('reports a bare amount, a [data-sourced] figure without a source link, and <noscript> text', () => {
    expect(unsourcedFigures(parseHtml(broken))).toEqual([
      'unsourced figure: "Coders earn $50,000 a year."',
      'unsourced figure: "Billers earn 5% more, says a friend."',
      'unsourced figure: "Or about $ 40,000"',
    ]);
  });

  it("accepts a Spanish page's link to the Spanish sources page", () => {
    const spanish = (href: string) =>
      parseHtml(`<main><p data-sourced="">$51,140 al año <a href="${href}">BLS</a></p></main>`);
    expect(unsourcedFigures(spanish('/es/sources/#bls-oews'))).toEqual([]);
    expect(unsourcedFigures(spanish('/es/glossary/#cpt'))).toEqual([
      'unsourced figure: "$51,140 al año"',
    ]);
  });
});

describe('foreignResources', () => {
  it('ignores the canonical link and data: images', () => {
    expect(foreignResources(parseHtml(valid))).toEqual([]);
  });

  it('reports stylesheets, scripts, srcset candidates and frames from another origin', () => {
    expect(foreignResources(parseHtml(broken))).toEqual([
      'loads from another origin: <link> https://fonts.example/inter.css',
      'loads from another origin: <script> //cdn.example/lib.js',
      'loads from another origin: <img> https://img.example/b.png',
      'loads from another origin: <iframe> https://video.example/embed',
    ]);
  });
});

describe('cspMetaProblems', () => {
  it("accepts a policy that allows exactly the page's inline scripts", () => {
    expect(cspMetaProblems(valid)).toEqual([]);
  });

  it('reports a missing hash, a stray hash, unsafe sources and other origins', () => {
    const problems = cspMetaProblems(broken);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^inline script 'sha256-.+' not allowed$/),
        "hash 'sha256-AAAA' matches no script",
        "script-src allows 'unsafe-inline'",
        'img-src allows https://cdn.example',
      ]),
    );
  });

  it('reports a page with no policy', () => {
    expect(cspMetaProblems('<html><head></head></html>')).toEqual([
      'no Content-Security-Policy <meta>',
    ]);
  });
});

describe('findBrokenLinks on the fixtures', () => {
  it('reports the dangling #anchor of the broken page and none on the valid one', () => {
    const pages = new Map([
      ['/pay/', valid],
      ['/broken/', broken],
      ['/sources/', '<li id="bls-oes">BLS</li>'],
    ]);
    expect(findBrokenLinks(pages, new Set())).toEqual([
      { page: '/broken/', href: '#nowhere', reason: 'no element with id "nowhere" on /broken/' },
    ]);
  });
});

describe('sitemapProblems', () => {
  const sitemap = (...paths: string[]) =>
    `<urlset>${paths.map((path) => `<url><loc>https://example.org${path}</loc></url>`).join('')}</urlset>`;

  it('accepts a sitemap of exactly the indexable pages', () => {
    expect(sitemapProblems(sitemap('/', '/pay/'), ['/', '/pay/'])).toEqual([]);
  });

  it('reports a missing page, an extra entry and a repeated one', () => {
    expect(sitemapProblems(sitemap('/', '/old/', '/old/'), ['/', '/pay/'])).toEqual([
      'the sitemap lists /old/ twice',
      '/pay/ is not in the sitemap',
      'the sitemap lists /old/, which is no indexable page',
    ]);
  });

  it('tells noindex pages apart', () => {
    expect(isNoindex('<meta name="robots" content="noindex, follow"/>')).toBe(true);
    expect(isNoindex(valid)).toBe(false);
  });
});
