// The real content, as built: every check the build runs passes, and the data layer's joins hold.
import { describe, expect, it } from 'vitest';
import {
  allCareerTracks,
  allCertifications,
  allGlossaryTerms,
  allJobTitles,
  allOccupations,
  allQuizOutcomes,
  allQuizVersions,
  allRoles,
  allSources,
  claimJourney,
  outlook,
} from 'contentlayer/generated';
import { getRoles, getSource } from '@/lib/content';
import { validateContent } from '@/lib/content/validate';

/** Every Figure-like object anywhere in a document, with its path. */
function figuresIn(value: unknown, path = ''): { path: string; source: unknown; asOf: unknown }[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => figuresIn(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = Object.fromEntries(Object.entries(value));
  const own =
    record.type === 'Figure' || record.type === 'OccupationFigure'
      ? [{ path, source: record.source, asOf: record.asOf }]
      : [];
  return [
    ...own,
    ...Object.entries(record).flatMap(([key, child]) =>
      key === '_raw' ? [] : figuresIn(child, `${path}.${key}`),
    ),
  ];
}

describe('the content', () => {
  it('passes the build-time validator', () => {
    expect(
      validateContent({
        sources: allSources,
        occupations: allOccupations,
        certifications: allCertifications,
        roles: allRoles,
        jobTitles: allJobTitles,
        quizVersions: allQuizVersions,
        quizOutcomes: allQuizOutcomes,
        glossaryTerms: allGlossaryTerms,
        careerTracks: allCareerTracks,
        claimJourney: claimJourney === undefined ? [] : [claimJourney],
        outlook: outlook === undefined ? [] : [outlook],
      }),
    ).toEqual([]);
  });

  it('gives every figure a source that resolves and an as-of date', () => {
    const documents = [...allOccupations, ...allCertifications, ...allRoles];
    const figures = documents.flatMap((doc) => figuresIn(doc, doc._id));
    expect(figures.length).toBeGreaterThan(50);
    for (const figure of figures) {
      expect(
        typeof figure.asOf === 'string' && figure.asOf.trim() !== '',
        `${figure.path} asOf`,
      ).toBe(true);
      expect(typeof figure.source, `${figure.path} source`).toBe('string');
      expect(() => getSource(String(figure.source)), `${figure.path} source`).not.toThrow();
    }
  });

  it('has both roles, coder first', () => {
    expect(getRoles().map((role) => role.slug)).toEqual(['coder', 'biller']);
  });
});
