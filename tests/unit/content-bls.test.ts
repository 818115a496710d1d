import { describe, expect, it } from 'vitest';
import { withReleaseFigures } from '@/lib/content/bls';

const figure = (asOf: string, place?: string) => ({
  measure: 'median-pay',
  value: 1,
  unit: 'usd-per-year',
  asOf,
  source: 's',
  ...(place ? { place } : {}),
});
const release = (id: string, asOf: string) => ({
  id,
  occupations: [
    { code: '29-2072', figures: [figure(asOf), figure(asOf, 'OH')], notPublished: [] },
    { code: '43-3021', figures: [figure(asOf)], notPublished: [] },
  ],
});

describe('withReleaseFigures', () => {
  it("puts the releases' figures first, newest release first, in a new object", () => {
    const occupation = { code: '29-2072', title: 'Coders', figures: [figure('May 2024')] };
    const joined = withReleaseFigures(occupation, [
      release('oews-2024', 'May 2024'),
      release('oews-2025', 'May 2025'),
    ]);
    expect(joined.title).toBe('Coders');
    expect(joined.figures.map((item) => [item.asOf, item.place])).toEqual([
      ['May 2025', undefined],
      ['May 2025', 'OH'],
      ['May 2024', undefined],
      ['May 2024', 'OH'],
      ['May 2024', undefined],
    ]);
    expect(occupation.figures).toHaveLength(1);
  });

  it('leaves an occupation no release covers as it is', () => {
    const occupation = { code: '11-9111', figures: [figure('May 2024')] };
    expect(withReleaseFigures(occupation, [release('oews-2025', 'May 2025')])).toBe(occupation);
  });
});
