import { describe, expect, it } from 'vitest';
import { formatDate, formatFigure, formatFigureAmount } from '@/lib/format';

describe('formatFigure', () => {
  it.each([
    [{ value: 50250, unit: 'usd-per-year' }, '$50,250 a year'],
    [{ value: 24.16, unit: 'usd-per-hour' }, '$24.16 an hour'],
    [{ value: 7, unit: 'percent' }, '7%'],
    [{ value: -0.4, unit: 'percent' }, '-0.4%'],
    [{ value: 0, unit: 'percent' }, '0%'],
    [{ value: 194800, unit: 'count' }, '194,800'],
    [{ value: 14200, unit: 'count-per-year' }, '14,200 a year'],
    [{ value: 100, unit: 'questions' }, '100 questions'],
    [{ value: 1, unit: 'years' }, '1 year'],
    [{ value: 240, unit: 'minutes' }, '4 hours'],
    [{ value: 90, unit: 'minutes' }, '1 hour 30 minutes'],
    [{ value: 45, unit: 'minutes' }, '45 minutes'],
    [{ value: 36, unit: 'ceus' }, '36 CEUs'],
    [{ value: 399, valueMax: 499, unit: 'usd' }, '$399 to $499'],
    [{ value: 199, valueMax: 199, unit: 'usd' }, '$199'],
  ] as const)('%o reads "%s"', (figure, expected) => {
    expect(formatFigure(figure)).toBe(expected);
  });
});

describe('formatFigure with signed', () => {
  it('marks growth with a sign, and leaves zero and falls alone', () => {
    expect(formatFigure({ value: 7, unit: 'percent' }, { signed: true })).toBe('+7%');
    expect(formatFigure({ value: 0, unit: 'percent' }, { signed: true })).toBe('0%');
    expect(formatFigure({ value: -9, unit: 'percent' }, { signed: true })).toBe('-9%');
  });
});

describe('formatFigure with a bound', () => {
  it('reads a top-coded wage as a floor, never as the wage itself', () => {
    expect(formatFigure({ value: 239200, unit: 'usd-per-year', bound: 'at-least' })).toBe(
      'at least $239,200 a year',
    );
    expect(formatFigure({ value: 115, unit: 'usd-per-hour', bound: 'at-least' })).toBe(
      'at least $115.00 an hour',
    );
  });

  it('keeps the floor in the bare amount a chart label shows', () => {
    expect(formatFigureAmount({ value: 239200, unit: 'usd-per-year', bound: 'at-least' })).toBe(
      'at least $239,200',
    );
    expect(formatFigureAmount({ value: 8, unit: 'percent' }, { signed: true })).toBe('+8%');
  });
});

describe('formatDate', () => {
  it('reads an ISO date as a US date, in UTC', () => {
    expect(formatDate('2026-11-26T00:00:00.000Z')).toBe('November 26, 2026');
  });
});
