// The Spanish edition on the built site: every page has its twin in the other language, and each
// page says its language, names both twins for search engines and links its twin from the switch.
import { describe, expect, it } from 'vitest';
import { languageProblems, missingTwins } from '@/lib/site-checks';
import { SITE_URL } from '@/lib/site';
import { builtSite } from './built-site';

const { pages } = builtSite();

it('every page has its twin in the other language, both ways', () => {
  expect(missingTwins([...pages.keys()])).toEqual([]);
});

it('has as many Spanish pages as English ones', () => {
  const spanish = [...pages.keys()].filter((path) => path.startsWith('/es/'));
  expect(spanish.length).toBeGreaterThan(100);
  expect(spanish.length).toBe(pages.size - spanish.length - 1); // the 404 page is shared
});

describe('every page says its language and links its twin', () => {
  for (const [path, html] of pages) {
    if (path === '/404/') continue;
    it(path, () => {
      expect(languageProblems(path, html, SITE_URL)).toEqual([]);
    });
  }
});
