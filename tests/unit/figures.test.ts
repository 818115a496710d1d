import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chooseHeadline,
  hourlyCompanion,
  measureLabel,
  periodName,
  periodOrder,
  rankFigures,
  sourceRank,
} from '@/lib/figures';

// Competing editions and sources of one occupation's median pay, as the content holds them.
const RANKS: Record<string, number> = {
  'bls-ooh-2021': sourceRank({ standing: 'primary', publisherKind: 'government' }),
  'aapc-quoting-bls': sourceRank({ standing: 'secondary', publisherKind: 'professional-body' }),
  'careers-site': sourceRank({ standing: 'secondary', publisherKind: 'other' }),
  'bls-oews-2025': sourceRank({ standing: 'primary', publisherKind: 'government' }),
};
const rankOf = (id: string) => RANKS[id] ?? 2;

const median = (asOf: string, source: string, value: number, place?: string) => ({
  measure: 'median-pay',
  unit: 'usd-per-year',
  asOf,
  source,
  value,
  ...(place ? { place } : {}),
});

const QUERY = { measure: 'median-pay', unit: 'usd-per-year' };

describe('periods', () => {
  it('reads pay months, projection spans and count years, with or without a qualifier', () => {
    expect(periodOrder('May 2025')).toBeCloseTo(2025 + 4 / 12);
    expect(periodOrder('2025-35')).toBe(2025);
    expect(periodOrder('2024')).toBe(2024);
    expect(periodOrder('May 2023 (probable)')).toBeCloseTo(2023 + 4 / 12);
    expect(periodName('2024-34 (inferred)')).toBe('2024-34');
  });

  it('rejects what is not a period', () => {
    for (const text of ['after 2022-32', 'Spring 2024', 'O*NET 27.0', 'May 24', '']) {
      expect(periodOrder(text)).toBeUndefined();
    }
  });

  it('orders later months of a year after earlier ones', () => {
    expect(periodOrder('May 2024')!).toBeGreaterThan(periodOrder('January 2024')!);
    expect(periodOrder('January 2025')!).toBeGreaterThan(periodOrder('December 2024')!);
  });
});

describe('source rank', () => {
  it('puts government read at the source first, then professional bodies and government tools', () => {
    expect(sourceRank({ standing: 'primary', publisherKind: 'government' })).toBe(0);
    expect(sourceRank({ standing: 'secondary', publisherKind: 'government' })).toBe(1);
    expect(sourceRank({ standing: 'secondary', publisherKind: 'professional-body' })).toBe(1);
    expect(sourceRank({ standing: 'primary', publisherKind: 'professional-body' })).toBe(1);
    expect(sourceRank({ standing: 'secondary', publisherKind: 'other' })).toBe(2);
  });
});

describe('the headline rule', () => {
  const figures = [
    median('May 2020', 'bls-ooh-2021', 44090),
    median('May 2024', 'careers-site', 50250),
    median('May 2025', 'careers-site', 51140),
    median('May 2025', 'aapc-quoting-bls', 51140),
    median('May 2023 (probable)', 'careers-site', 48780),
  ];

  it('picks the newest period, then the better source', () => {
    const choice = chooseHeadline(figures, QUERY, rankOf);
    expect(choice?.headline).toMatchObject({ asOf: 'May 2025', source: 'aapc-quoting-bls' });
  });

  it('keeps every other figure, best first, for the disclosure', () => {
    const choice = chooseHeadline(figures, QUERY, rankOf);
    expect(choice?.others.map((figure) => `${figure.asOf} ${figure.source}`)).toEqual([
      'May 2025 careers-site',
      'May 2024 careers-site',
      'May 2023 (probable) careers-site',
      'May 2020 bls-ooh-2021',
    ]);
  });

  it('prefers a newer secondary figure to an older government one', () => {
    const choice = chooseHeadline(
      [median('May 2020', 'bls-ooh-2021', 44090), median('May 2024', 'careers-site', 50250)],
      QUERY,
      rankOf,
    );
    expect(choice?.headline.source).toBe('careers-site');
  });

  it('lets a government file of the same period replace every copy of it', () => {
    const choice = chooseHeadline(
      [...figures, median('May 2025', 'bls-oews-2025', 51140)],
      QUERY,
      rankOf,
    );
    expect(choice?.headline.source).toBe('bls-oews-2025');
  });

  it('does not depend on the order the content lists figures in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(figures, { minLength: figures.length }), (shuffled) => {
        const choice = chooseHeadline(shuffled, QUERY, rankOf);
        expect(choice?.headline).toMatchObject({ asOf: 'May 2025', source: 'aapc-quoting-bls' });
      }),
    );
  });

  it('competes only figures of the same measure, unit and place', () => {
    const mixed = [
      median('May 2025', 'careers-site', 51140, 'OH'),
      { ...median('May 2025', 'careers-site', 24.59), unit: 'usd-per-hour' },
      { ...median('May 2025', 'careers-site', 56790), measure: 'mean-pay' },
      median('May 2020', 'bls-ooh-2021', 44090),
    ];
    expect(rankFigures(mixed, QUERY, rankOf).map((figure) => figure.value)).toEqual([44090]);
    expect(
      rankFigures(mixed, { ...QUERY, place: 'OH' }, rankOf).map((figure) => figure.value),
    ).toEqual([51140]);
  });

  it('has no headline when the content has no figure of the query', () => {
    expect(chooseHeadline(figures, { measure: 'openings', unit: 'count-per-year' }, rankOf)).toBe(
      undefined,
    );
  });

  it('pairs an annual pay figure with the hourly rate of the same period and source', () => {
    const annual = median('May 2025', 'careers-site', 51140);
    const hourly = { ...annual, unit: 'usd-per-hour', value: 24.59 };
    const otherSource = { ...hourly, source: 'aapc-quoting-bls', value: 24.6 };
    expect(hourlyCompanion([otherSource, hourly, annual], annual)).toBe(hourly);
    expect(hourlyCompanion([otherSource], annual)).toBeUndefined();
  });
});

describe('measure labels', () => {
  it('says what each figure measures, and the years a projection spans', () => {
    expect(measureLabel({ measure: 'median-pay', asOf: 'May 2025' })).toBe('Median pay');
    expect(measureLabel({ measure: 'mean-pay', asOf: 'May 2025' })).toBe('Average (mean) pay');
    expect(measureLabel({ measure: 'openings', asOf: '2025-35' })).toBe('Job openings');
    expect(measureLabel({ measure: 'growth', asOf: '2024-34 (inferred)' })).toBe(
      'Projected change in jobs, 2024-34',
    );
    expect(
      measureLabel({
        measure: 'education-share',
        asOf: 'August 2022',
        label: 'High school diploma',
      }),
    ).toBe('High school diploma');
  });
});
