// The real content, as built: every check the build runs passes, and the data layer's joins hold.
import { describe, expect, it } from 'vitest';
import {
  getCertifications,
  getContentToValidate,
  getOccupations,
  getRoles,
  getSource,
  validateContent,
} from '@/lib/content';

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
    expect(validateContent(getContentToValidate())).toEqual([]);
  });

  it('gives every figure a source that resolves and an as-of date', () => {
    const documents = [...getOccupations(), ...getCertifications(), ...getRoles()];
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
