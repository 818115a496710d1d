import { describe, expect, it } from 'vitest';
import { buildTermMatcher, getGlossary, linkGlossaryTerms, linkTerms } from '@/lib/glossary';
import { getGlossaryTerms } from '@/lib/content';
import { LOCALES, type Locale } from '@/lib/i18n';

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

  it('never links inside a word with accented letters', () => {
    const spanish = buildTermMatcher([
      { slug: 'audit', phrases: ['Auditoría', 'auditor'] },
      { slug: 'denial', phrases: ['Denegación', 'denegaciones'] },
    ]);
    const slugs = (text: string) =>
      linkTerms(text, spanish).flatMap((segment) => (segment.slug ? [segment.slug] : []));
    expect(slugs('Hacen auditorías y revisan denegacionesX')).toEqual([]);
    expect(slugs('La AUDITORÍA y las Denegaciones')).toEqual(['audit', 'denial']);
    expect(slugs('un auditor y la denegación.')).toEqual(['audit', 'denial']);
  });

  it('returns the text unchanged when there is no glossary', () => {
    expect(linkTerms('plain', buildTermMatcher([]))).toEqual([{ text: 'plain' }]);
  });
});

describe.each(LOCALES)('the glossary from the content, in %s', (locale) => {
  const glossary = getGlossary(locale);
  const entries = glossary.groups.flatMap((group) => group.entries);

  it('has every term once, grouped by initial in order', () => {
    expect(entries).toHaveLength(getGlossaryTerms(locale).length);
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
    for (const entry of sourced) expect(entry.citation?.href).toMatch(/\/sources\/#/);
  });
});

describe('linkGlossaryTerms', () => {
  const linked = (text: string, locale: Locale) =>
    linkGlossaryTerms(text, locale).segments.flatMap((segment) =>
      segment.slug ? [segment.slug] : [],
    );

  it('links terms in running text, in the text’s language', () => {
    const text = linkGlossaryTerms('Assign ICD-10-CM codes and send the CMS-1500.', 'en');
    expect(text.text).toBe('Assign ICD-10-CM codes and send the CMS-1500.');
    expect(text.locale).toBe('en');
    expect(linked(text.text, 'en')).toEqual(['icd-10-cm', 'cms-1500']);
    const spanish = linkGlossaryTerms('Asigne códigos ICD-10-CM y envíe la CMS-1500.', 'es');
    expect(spanish.locale).toBe('es');
    expect(linked(spanish.text, 'es')).toEqual(['icd-10-cm', 'cms-1500']);
  });

  it('finds Spanish terms, their Spanish aliases and their English names in Spanish text', () => {
    expect(
      linked('Las denegaciones llegan cuando falta la autorización previa. Cobre el copago.', 'es'),
    ).toEqual(['denial', 'prior-authorization', 'copay']);
    // The English name in parentheses is the same term: linked once, at its first use.
    expect(linked('una cámara de compensación (clearinghouse)', 'es')).toEqual(['clearinghouse']);
    expect(linked('las cuentas por cobrar (A/R)', 'es')).toEqual(['ar']);
  });

  it('leaves Spanish words out of English text', () => {
    expect(linked('A denegación is not an English word.', 'en')).toEqual([]);
  });
});

describe('the glossary in Spanish', () => {
  const entries = getGlossary('es').groups.flatMap((group) => group.entries);
  const bySlug = new Map(entries.map((entry) => [entry.slug, entry]));

  it('keeps acronyms and code set names as the term, with a Spanish expansion', () => {
    expect(bySlug.get('eob')).toMatchObject({
      term: 'EOB',
      expansion: 'Explicación de beneficios',
      english: { term: 'EOB', expansion: 'Explanation of benefits' },
    });
    expect(bySlug.get('icd-10-cm')?.term).toBe('ICD-10-CM');
  });

  it('shows the English term beside each Spanish one, unless it adds nothing', () => {
    expect(bySlug.get('denial')).toMatchObject({ term: 'Denegación', english: { term: 'Denial' } });
    expect(bySlug.get('cms-1500')?.english).toBeUndefined();
    const english = new Map(getGlossaryTerms('en').map((term) => [term.slug, term.term]));
    for (const entry of entries)
      if (entry.term !== english.get(entry.slug))
        expect(entry.english?.term).toBe(english.get(entry.slug));
  });

  it('names related terms in Spanish', () => {
    expect(bySlug.get('appeal')?.related.map((related) => related.term)).toContain('Denegación');
  });
});
