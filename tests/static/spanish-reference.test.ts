// The Spanish glossary and try-the-work pages, as built: a Spanish reader can match each term and
// code to the English words used at work, and Spanish glossary links land on a Spanish term.
import { describe, expect, it } from 'vitest';
import { getGlossaryTerms, getTryCodeList } from '@/lib/content';
import { routes, routesFor } from '@/lib/routes';
import { parseHtml } from '@/lib/site-checks';
import { builtSite } from './built-site';

const { pages } = builtSite();
const page = (path: string) => parseHtml(pages.get(path) ?? '');
const es = routesFor('es');

describe('/es/glossary/', () => {
  const glossary = page(es.glossary());
  const english = getGlossaryTerms('en');

  it('has an entry at the same anchor for every term of the English glossary', () => {
    const anchors = (doc: ReturnType<typeof page>) =>
      [...doc.querySelectorAll('main dl > div[id]')].map((entry) => entry.id).sort();
    expect(anchors(glossary)).toEqual(english.map((term) => term.slug).sort());
    expect(anchors(glossary)).toEqual(anchors(page(routes.glossary())));
  });

  it('shows each English name, marked as English, beside a Spanish term that differs', () => {
    for (const term of english) {
      const entry = glossary.querySelector(`[id="${term.slug}"] dt`);
      const spanish = entry?.firstChild?.textContent ?? '';
      const names = [...(entry?.querySelectorAll('[lang="en"] .font-semibold') ?? [])];
      if (spanish !== term.term) expect(names.map((name) => name.textContent)).toEqual([term.term]);
    }
  });
});

describe('the Spanish pages link glossary terms to the Spanish glossary', () => {
  for (const path of [es.trySet('billing'), es.trySet('coding'), es.claimJourney()]) {
    it(path, () => {
      const links = [...page(path).querySelectorAll('main a[href*="/glossary/#"]')];
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link.getAttribute('href')).toMatch(/^\/es\/glossary\/#/);
    });
  }
});

it('/es/try/coding/ shows each official code description in English, and says so once', () => {
  const main = page(es.trySet('coding')).querySelector('main');
  const described = [...(main?.querySelectorAll('span[lang="en"]') ?? [])].map(
    (span) => span.textContent,
  );
  const official = new Set(getTryCodeList().codes.map((code) => code.description));
  expect(described.length).toBeGreaterThan(0);
  for (const text of described) expect(official.has(text ?? '')).toBe(true);
  expect(main?.textContent.match(/descripción oficial, en inglés/g)).toHaveLength(1);
});
