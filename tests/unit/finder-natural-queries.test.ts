// Issue 12's "Done when": natural-language queries over the real catalog. At least 90% put an
// expected title in the top three, and every place in the set is read into Where.
import { describe, expect, it } from 'vitest';
import type { Place } from '@/lib/finder/place';
import { createFinder } from '@/lib/finder/search';
import { getFinderIndexData } from '@/lib/finder/server';
import {
  NATURAL_QUERY_CASES,
  type ExpectedPlace,
  type NaturalQueryCase,
} from '../fixtures/finder-queries/natural';

// Parsed from JSON, as the browser gets it.
const finder = createFinder(JSON.parse(JSON.stringify(getFinderIndexData())));

function topThree(item: NaturalQueryCase): string[] {
  const { what } = finder.readQuery(item.query);
  return finder
    .search(what)
    .hits.slice(0, 3)
    .map((hit) => hit.entry.slug ?? hit.entry.title);
}

function placeShown(place: Place | undefined): ExpectedPlace | undefined {
  if (place?.kind === 'remote') return 'remote';
  if (place?.kind !== 'state') return undefined;
  return place.city === undefined ? { code: place.code } : { code: place.code, city: place.city };
}

describe('natural-language query set', () => {
  it('has at least 40 queries naming real titles', () => {
    expect(NATURAL_QUERY_CASES.length).toBeGreaterThanOrEqual(40);
    const slugs = new Set(finder.entries.flatMap((entry) => entry.slug ?? []));
    const unknown = NATURAL_QUERY_CASES.flatMap((item) => item.expected).filter(
      (slug) => !slugs.has(slug),
    );
    expect(unknown).toEqual([]);
  });

  it('reads every place in the set into Where, and no place where there is none', () => {
    const wrong = NATURAL_QUERY_CASES.filter(
      (item) =>
        JSON.stringify(placeShown(finder.readQuery(item.query).place)) !==
        JSON.stringify(item.place),
    ).map(
      (item) =>
        `${item.query} -> ${JSON.stringify(placeShown(finder.readQuery(item.query).place))}`,
    );
    expect(wrong).toEqual([]);
  });

  it('finds an expected title in the top three for at least 90% of queries', () => {
    const misses = NATURAL_QUERY_CASES.filter(
      (item) => !topThree(item).some((slug) => item.expected.includes(slug)),
    ).map((item) => `${item.query} -> ${topThree(item).join(', ')}`);
    const score = 1 - misses.length / NATURAL_QUERY_CASES.length;
    console.log(`natural queries: ${(score * 100).toFixed(1)}% top-3\n${misses.join('\n')}`);
    expect(score, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });
});
