// /first-job/ and the entry-friendly titles, as built: each section of the guide links a source,
// its readers reach every entry title's page, and exactly those job pages say whether beginners are
// hired.
import { describe, expect, it } from 'vitest';
import { getEntryTitles } from '@/lib/content';
import { LOCALES } from '@/lib/i18n';
import { routes, routesFor } from '@/lib/routes';
import { builtSite } from './built-site';

const { pages } = builtSite();
const guide = pages.get(routes.firstJob()) ?? '';
const entrySlugs = new Set(getEntryTitles().map((entry) => entry.slug));

describe('/first-job/', () => {
  const sections = [...guide.matchAll(/<section id="([a-z-]+)"[\s\S]*?<\/section>/g)];

  it('is built with its sections', () => {
    expect(sections.length).toBeGreaterThanOrEqual(8);
  });

  for (const [html, id] of sections) {
    it(`section "${id}" links at least one source`, () => {
      expect(html).toMatch(/href="\/sources\/#[a-z0-9-]+"/);
    });
  }

  it('links every entry-friendly title to its job page', () => {
    for (const slug of entrySlugs) expect(guide).toContain(`href="${routes.job(slug)}"`);
  });
});

describe('job-title pages', () => {
  it('say whether beginners are hired on exactly the entry-friendly titles, in each language', () => {
    const showing = [...pages]
      .filter(([, html]) => html.includes('aria-labelledby="beginners-heading"'))
      .map(([route]) => route);
    const expected = LOCALES.flatMap((locale) =>
      [...entrySlugs].map((slug) => routesFor(locale).job(slug)),
    );
    expect(showing.sort()).toEqual(expected.sort());
  });
});
