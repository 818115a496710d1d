// The finder over the real catalog (content/jobs + content/onet): the query test set must put an
// expected title in the top three for at least 90% of the queries.
import { describe, expect, it } from 'vitest';
import { getFinderIndexData } from '@/lib/finder/server';
import { createFinder } from '@/lib/finder/search';
import { FINDER_QUERY_CASES } from '../fixtures/finder/queries';

// Parsed from JSON, as the browser gets it.
const finder = createFinder(JSON.parse(JSON.stringify(getFinderIndexData())));

function topThree(query: string): string[] {
  return finder
    .search(query)
    .hits.slice(0, 3)
    .map((hit) => hit.entry.slug ?? hit.entry.title);
}

describe('finder query set', () => {
  it('has at least 60 queries of every kind, naming real titles', () => {
    expect(FINDER_QUERY_CASES.length).toBeGreaterThanOrEqual(60);
    const slugs = new Set(finder.entries.flatMap((entry) => entry.slug ?? []));
    const unknown = FINDER_QUERY_CASES.flatMap((item) => item.expected).filter(
      (s) => !slugs.has(s),
    );
    expect(unknown).toEqual([]);
  });

  it('finds an expected title in the top three for at least 90% of queries', () => {
    const misses = FINDER_QUERY_CASES.filter(
      (item) => !topThree(item.query).some((slug) => item.expected.includes(slug)),
    ).map((item) => `${item.query} -> ${topThree(item.query).join(', ')}`);
    const passRate = 1 - misses.length / FINDER_QUERY_CASES.length;
    expect(misses.length, `misses:\n${misses.join('\n')}`).toBeLessThanOrEqual(
      Math.floor(FINDER_QUERY_CASES.length * 0.1),
    );
    expect(passRate).toBeGreaterThanOrEqual(0.9);
  });
});

// fuse.js 7.5 changed scores and order between versions: pin the top five of a few queries, so an
// upgrade that reorders results shows up here.
describe('ranking snapshot', () => {
  const topFive = (query: string) =>
    finder
      .search(query)
      .hits.slice(0, 5)
      .map((hit) => `${hit.phase} ${hit.entry.title}`);

  it('coder', () => {
    expect(topFive('coder')).toMatchInlineSnapshot(`
      [
        "exact Medical Coder",
        "fuzzy Hospital Coder",
        "fuzzy Inpatient Coder",
        "fuzzy Outpatient Coder",
        "fuzzy Health Information Coder",
      ]
    `);
  });

  it('billing specialist', () => {
    expect(topFive('billing specialist')).toMatchInlineSnapshot(`
      [
        "exact Medical Billing Specialist",
        "fuzzy Medical Billing and Coding Specialist",
        "fuzzy Billing Compliance Specialist",
        "fuzzy DME Biller",
        "fuzzy Hospital Biller",
      ]
    `);
  });

  it('medical records', () => {
    expect(topFive('medical records')).toMatchInlineSnapshot(`
      [
        "fuzzy Medical Records Technician",
        "fuzzy Medical Records Clerk",
        "fuzzy Medical Records Coordinator",
        "fuzzy Medical Records Analyst",
        "fuzzy Director of Health Information Management",
      ]
    `);
  });

  it('auditor', () => {
    expect(topFive('auditor')).toMatchInlineSnapshot(`
      [
        "fuzzy Coding Auditor",
        "fuzzy Risk Adjustment Auditor",
        "fuzzy Payment Integrity Auditor",
        "fuzzy Hospital Charge Auditor",
        "fuzzy Billing Compliance Specialist",
      ]
    `);
  });

  it('cpc', () => {
    expect(topFive('cpc')).toMatchInlineSnapshot(`
      [
        "exact Medical Coder",
        "exact Insurance Coder",
        "exact Medical Coding Specialist",
        "exact Coder I",
        "exact Coder II",
      ]
    `);
  });
});
