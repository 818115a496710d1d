// The Spanish finder over the real catalog (content/jobs, content/es/jobs, content/onet): the Spanish
// test set must put an expected title in the top three for at least 90% of the queries.
import { describe, expect, it } from 'vitest';
import { getFinderIndexData } from '@/lib/finder/server';
import { createFinder } from '@/lib/finder/search';
import { SPANISH_QUERY_CASES } from '../fixtures/finder/queries-es';

// Parsed from JSON, as the browser gets it.
const finder = createFinder(JSON.parse(JSON.stringify(getFinderIndexData('es'))));

function topThree(query: string): string[] {
  return finder
    .search(query)
    .hits.slice(0, 3)
    .map((hit) => hit.entry.slug ?? hit.entry.title);
}

describe('Spanish finder query set', () => {
  it('has at least 20 queries, naming real titles', () => {
    expect(SPANISH_QUERY_CASES.length).toBeGreaterThanOrEqual(20);
    const slugs = new Set(finder.entries.flatMap((entry) => entry.slug ?? []));
    const unknown = SPANISH_QUERY_CASES.flatMap((item) => item.expected).filter(
      (slug) => !slugs.has(slug),
    );
    expect(unknown).toEqual([]);
  });

  it('finds an expected title in the top three for at least 90% of queries', () => {
    const misses = SPANISH_QUERY_CASES.filter(
      (item) => !topThree(item.query).some((slug) => item.expected.includes(slug)),
    ).map((item) => `${item.query} -> ${topThree(item.query).join(', ')}`);
    const passRate = 1 - misses.length / SPANISH_QUERY_CASES.length;
    console.log(
      `Spanish queries: ${(passRate * 100).toFixed(1)}% top-3 (${SPANISH_QUERY_CASES.length - misses.length} of ${SPANISH_QUERY_CASES.length})\n${misses.join('\n')}`,
    );
    expect(passRate).toBeGreaterThanOrEqual(0.9);
  });

  it('shows the Spanish name and keeps the English title for the job boards', () => {
    const [hit] = finder.search('codificador médico').hits;
    expect(hit?.entry).toMatchObject({
      slug: 'medical-coder',
      title: 'Codificador médico',
      englishTitle: 'Medical Coder',
    });
  });
});
