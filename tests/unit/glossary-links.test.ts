import { describe, expect, it } from 'vitest';
import { buildTermMatcher, getGlossary, linkGlossaryTerms, linkTerms } from '@/lib/glossary';
import { getGlossaryTerms } from '@/lib/content';

const matcher = buildTermMatcher([
  { slug: 'icd-10', phrases: ['ICD-10', 'ICD10'] },
  { slug: 'icd-10-cm', phrases: ['ICD-10-CM'] },
  { slug: 'era', phrases: ['ERA', 'electronic remittance advice'] },
  { slug: 'ar', phrases: ['AR', 'A/R', 'accounts receivable'] },
  { slug: 'denial', phrases: ['Denial', 'claim denial'] },
]);

const linkedSlugs = (text: string) =>
  linkTerms(text, matcher).flatMap((segment) => (segment.slug ? [segment.slug] : []));

describe('linkTerms', () => {
  it('keeps the whole text, in order', () => {
    const text = 'Assign ICD-10-CM codes, then work the denial list and AR aging.';
    expect(
      linkTerms(text, matcher)
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text);
  });

  it('prefers the longest term', () => {
    expect(linkedSlugs('ICD-10-CM (diagnoses)')).toEqual(['icd-10-cm']);
    expect(linkedSlugs('ICD-10 replaced ICD-9')).toEqual(['icd-10']);
  });

  it('matches capitalised abbreviations only in capitals', () => {
    expect(linkedSlugs('EOB and ERA (remittance)')).toEqual(['era']);
    expect(linkedSlugs('a new era of coding')).toEqual([]);
    expect(linkedSlugs('are you ready')).toEqual([]);
  });

  it('matches other phrases in any case, and slashes inside terms', () => {
    expect(linkedSlugs('Work each claim denial')).toEqual(['denial']);
    expect(linkedSlugs('Follow up on A/R and Accounts Receivable')).toEqual(['ar']);
  });

  it('links each term once, and never inside a longer word', () => {
    expect(linkedSlugs('AR, then AR again')).toEqual(['ar']);
    expect(linkedSlugs('ARCHIVE and denials-first')).toEqual([]);
  });

  it('returns the text unchanged when there is no glossary', () => {
    expect(linkTerms('plain', buildTermMatcher([]))).toEqual([{ text: 'plain' }]);
  });
});

describe('the glossary from the content', () => {
  const glossary = getGlossary();
  const entries = glossary.groups.flatMap((group) => group.entries);

  it('has every term once, grouped by initial in order', () => {
    expect(entries).toHaveLength(getGlossaryTerms().length);
    for (const group of glossary.groups) {
      for (const entry of group.entries) {
        const first = entry.term.charAt(0).toUpperCase();
        expect(group.initial).toBe(/[A-Z]/.test(first) ? first : '#');
      }
    }
  });

  it('names each related term and cites each sourced definition by its edition', () => {
    const slugs = new Set(entries.map((entry) => entry.slug));
    for (const entry of entries) {
      for (const related of entry.related) {
        expect(slugs.has(related.slug)).toBe(true);
        expect(related.term).not.toBe(related.slug);
      }
    }
    const sourced = entries.filter((entry) => entry.citation !== undefined);
    expect(sourced.length).toBeGreaterThan(0);
    for (const entry of sourced) expect(entry.citation?.href).toMatch(/^\/sources\/#/);
  });

  it('links terms in running text', () => {
    const linked = linkGlossaryTerms('Assign ICD-10-CM codes and send the CMS-1500.');
    expect(linked.text).toBe('Assign ICD-10-CM codes and send the CMS-1500.');
    const slugs = linked.segments.flatMap((segment) => (segment.slug ? [segment.slug] : []));
    expect(slugs).toEqual(['icd-10-cm', 'cms-1500']);
  });
});
