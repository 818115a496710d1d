// /first-job/ and the entry-friendly titles, as built in each language: each section of the guide
// links a source, its readers reach every entry title's page, and exactly those job pages say whether
// beginners are hired.
import { describe, expect, it } from 'vitest';
import { getEntryTitles } from '@/lib/content';
import { LOCALES } from '@/lib/i18n';
import { routesFor } from '@/lib/routes';
import { builtSite } from './built-site';

const { pages } = builtSite();
const entrySlugs = new Set(getEntryTitles('en').map((entry) => entry.slug));

describe.each(LOCALES)('/first-job/ in %s', (locale) => {
  const r = routesFor(locale);
  const guide = pages.get(r.firstJob()) ?? '';
  const sections = [...guide.matchAll(/<section id="([a-z-]+)"[\s\S]*?<\/section>/g)];

  it('is built with its sections', () => {
    expect(sections.length).toBeGreaterThanOrEqual(8);
  });

  for (const [html, id] of sections) {
    it(`section "${id}" links at least one source`, () => {
      expect(html).toContain(`href="${r.sources()}#`);
    });
  }

  it('links every entry-friendly title to its job page', () => {
    for (const slug of entrySlugs) expect(guide).toContain(`href="${r.job(slug)}"`);
  });
});

describe('job-title pages', () => {
  it('say whether beginners are hired on exactly the entry-friendly titles', () => {
    const showing = [...pages]
      .filter(([, html]) => html.includes('aria-labelledby="beginners-heading"'))
      .map(([route]) => route);
    // Each language's job pages, where they are built (the twin test requires them all).
    const expected = LOCALES.flatMap((locale) =>
      [...entrySlugs].map((slug) => routesFor(locale).job(slug)),
    ).filter((route) => pages.has(route));
    expect(showing.sort()).toEqual(expected.sort());
  });
});
