import { expect, test } from '@playwright/test';
import { findBrokenLinks } from '@/lib/site-links';
import { builtSite } from './helpers';

test('every internal link and #anchor in out/ resolves', () => {
  const { pages, files } = builtSite();
  expect(pages.size).toBeGreaterThan(10);
  expect(findBrokenLinks(pages, files)).toEqual([]);
});

// The privacy check (no request to another origin) runs for every page in site.spec.ts.
