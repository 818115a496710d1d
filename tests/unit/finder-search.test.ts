import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '@/lib/finder/normalize';
import { createFinder } from '@/lib/finder/search';
import { buildFinderIndex } from '@/lib/finder/search-index';
import { loadFixtureCatalog } from '../fixtures/finder/load';

// Serialised and parsed, as the browser receives the index.
const finder = createFinder(JSON.parse(JSON.stringify(buildFinderIndex(loadFixtureCatalog()))));
const ids = (query: string, options = {}) =>
  finder.search(query, options).hits.map((hit) => hit.entry.id);

describe('exact phase', () => {
  it('resolves credential acronyms before any fuzzy step', () => {
    const result = finder.search('cpc');
    expect(result.hits[0]?.entry.id).toBe('certified-professional-coder');
    expect(result.hits.every((hit) => hit.phase === 'exact')).toBe(true);
    expect(result.hits.every((hit) => hit.entry.certifications.includes('CPC'))).toBe(true);
  });

  it('treats A/R, a.r. and AR alike and never matches "ar" inside a word', () => {
    expect(ids('A/R')[0]).toBe('ar-follow-up-specialist');
    expect(ids('a.r.')[0]).toBe('ar-follow-up-specialist');
    expect(ids('ar')).not.toContain('cancer-registrar');
  });

  it('resolves slang and abbreviations from the content', () => {
    expect(ids('ar caller')[0]).toBe('ar-follow-up-specialist');
    expect(ids('cash poster')[0]).toBe('cash-posting-specialist');
    expect(ids('biller/coder')[0]).toBe('medical-biller-coder');
    expect(ids('e&m')[0]).toBe('em-coder');
    expect(ids('CCS-P')[0]).toBe('pro-fee-coder');
  });

  it('reads "pro-fee", "pro fee" and "profee" as the same words', () => {
    for (const query of ['pro-fee coder', 'pro fee coder', 'Profee coder']) {
      expect(ids(query)[0]).toBe('pro-fee-coder');
    }
  });

  it('shows the other name that matched beside the title', () => {
    const hit = finder.search('ar caller').hits[0];
    expect(hit?.alsoCalled?.text).toBe('AR Caller');
    expect(hit?.title.ranges).toEqual([[0, 2]]);
  });

  it('does not fill an exact abbreviation result with titles matching half of it', () => {
    expect(ids('CCS-P')).toEqual(['pro-fee-coder']);
  });
});

describe('fuzzy phase', () => {
  it('ignores word order', () => {
    expect(ids('auditor coding')[0]).toBe('coding-auditor');
  });

  it('corrects typos and says so', () => {
    const result = finder.search('codng auditr');
    expect(result.correctedQuery).toBe('coding auditor');
    expect(result.hits[0]?.entry.id).toBe('coding-auditor');
  });

  it('searches the words as typed when asked to', () => {
    const result = finder.search('codng auditr', { noCorrection: true });
    expect(result.correctedQuery).toBeUndefined();
    expect(result.hits).toEqual([]);
  });

  it('never sends short words to the fuzzy phase', () => {
    // "rar" is one letter from "ar" and inside "registrar", but a short word only matches exactly.
    expect(finder.search('rar').hits).toEqual([]);
  });

  it('matches an unfinished last word as a prefix while typing', () => {
    expect(ids('medical bi', { typing: true })).toContain('medical-biller');
    expect(finder.search('medical bi').ignoredWords).toEqual(['bi']);
  });

  it('marks the matched part of the title from fuse.js matches', () => {
    const hit = finder
      .search('registrar')
      .hits.find((item) => item.entry.id === 'cancer-registrar');
    expect(hit?.title.ranges).toEqual([[7, 16]]);
  });

  it('ranks ties by family, then by how common the title is', () => {
    const coders = finder.search('coder').hits.map((hit) => hit.entry);
    const firstOnetOnly = coders.findIndex((entry) => entry.slug === undefined);
    const lastCurated = coders.map((entry) => entry.slug !== undefined).lastIndexOf(true);
    expect(firstOnetOnly === -1 || firstOnetOnly > lastCurated).toBe(true);
  });

  it('respects the limit and says when more titles match', () => {
    const result = finder.search('medical', { limit: 2 });
    expect(result.hits).toHaveLength(2);
    expect(result.more).toBe(true);
  });
});

describe('zero results', () => {
  it('says nothing matched and offers the closest titles', () => {
    const result = finder.search('registrr clerkz zzz');
    expect(result.hits.length).toBeGreaterThan(0);
    const none = finder.search('posterology');
    expect(none.hits).toEqual([]);
    expect(none.closest.map((entry) => entry.id)).toContain('cash-posting-specialist');
    expect(none.closestBasis).toBe('similar');
  });

  it('offers common titles when nothing is even spelled alike', () => {
    const result = finder.search('zzqx');
    expect(result.closestBasis).toBe('common');
    expect(result.closest[0]?.family).toBe('coding');
  });

  it('returns nothing for blank or stop-word-only queries', () => {
    expect(finder.search('').hits).toEqual([]);
    expect(finder.search('   the of a ').hits).toEqual([]);
  });
});

describe('robustness', () => {
  it('never throws, whatever is typed, and cuts long input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.boolean(), (query, typing) => {
        const result = finder.search(query, { typing });
        expect(result.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (query) => {
        finder.search(query);
      }),
      { numRuns: 300 },
    );
  });

  it('handles a 10,000-character query and script-like text as plain text', () => {
    const long = 'medical coder '.repeat(715).slice(0, 10_000);
    const start = performance.now();
    const result = finder.search(long);
    expect(performance.now() - start).toBeLessThan(200);
    expect(result.hits[0]?.entry.id).toBe('medical-coder');
    const script = finder.search('<script>alert(1)</script> coder');
    expect(script.query).toBe('<script>alert(1)</script> coder');
    expect(script.hits.length).toBeGreaterThan(0);
  });
});

describe('matched credentials', () => {
  it('names the credentials the query asks for, on every hit', () => {
    const hits = finder.search('cpc').hits;
    expect(hits.every((hit) => hit.matchedCredentials.includes('CPC'))).toBe(true);
    expect(finder.search('CCS-P').hits[0]?.matchedCredentials).toEqual(['CCS-P']);
    expect(finder.search('cash poster').hits[0]?.matchedCredentials).toEqual([]);
  });
});

describe('occupation lookup', () => {
  it('finds an occupation of the catalog by its code, and nothing for an unknown or absent code', () => {
    const [first] = finder.occupations;
    expect(first).toBeDefined();
    expect(finder.occupation(first?.code)).toBe(first);
    expect(finder.occupation('99-9999')).toBeUndefined();
    expect(finder.occupation(undefined)).toBeUndefined();
  });
});
