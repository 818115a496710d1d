import { describe, expect, it } from 'vitest';
import { findBrokenLinks, resolveInternal } from '@/lib/site-checks';

const pages = new Map([
  [
    '/',
    '<a href="/compare/">c</a><a href="/compare/#pay">p</a><a href="#top">t</a><h1 id="top">x</h1>',
  ],
  [
    '/compare/',
    '<tr id="pay"></tr><a href="../glossary/#cpt">g</a><a href="https://www.bls.gov/">b</a>',
  ],
  ['/glossary/', '<div id="cpt"></div><a href="/sitemap.xml">s</a><a href="mailto:a@b.c">m</a>'],
]);

describe('findBrokenLinks', () => {
  it('accepts links to pages, anchors and files that exist, and ignores external links', () => {
    expect(findBrokenLinks(pages, new Set(['/sitemap.xml']))).toEqual([]);
  });

  it('reports a missing page and a missing anchor', () => {
    const broken = new Map([
      ...pages,
      [
        '/roles/',
        '<a href="/nowhere/">n</a><a href="/glossary/#drg">d</a><a href="/jobs/?q=cpc">j</a>',
      ],
    ]);
    expect(findBrokenLinks(broken, new Set(['/sitemap.xml']))).toEqual([
      { page: '/roles/', href: '/nowhere/', reason: 'no page /nowhere/' },
      { page: '/roles/', href: '/glossary/#drg', reason: 'no element with id "drg" on /glossary/' },
      { page: '/roles/', href: '/jobs/?q=cpc', reason: 'no page /jobs/' },
    ]);
  });
});

describe('resolveInternal', () => {
  it('resolves relative links and decodes entities', () => {
    expect(resolveInternal('/compare/', '../jobs/?q=a&amp;where=OH#x')).toEqual({
      path: '/jobs/',
      fragment: 'x',
    });
    expect(resolveInternal('/', 'https://example.org/')).toBeUndefined();
    expect(resolveInternal('/', '//cdn.example.org/x.js')).toBeUndefined();
  });
});
