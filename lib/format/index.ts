// How figures read on the page. Pure, so tables, charts and text all say a number the same way.
import type { FigureBound, FigureUnit } from '../content/vocabulary';

export interface FormattableFigure {
  value: number;
  valueMax?: number | undefined;
  unit: FigureUnit;
  /** "at-least": the value is a floor (BLS top-coded wages), so it reads "at least ...". */
  bound?: FigureBound | undefined;
}

const wholeNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const dollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});
const cents = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

function plural(count: number, one: string, many: string): string {
  return `${wholeNumber.format(count)} ${count === 1 ? one : many}`;
}

function minutesToWords(minutes: number): string {
  if (minutes % 60 === 0) return plural(minutes / 60, 'hour', 'hours');
  if (minutes > 60) {
    return `${plural(Math.floor(minutes / 60), 'hour', 'hours')} ${plural(minutes % 60, 'minute', 'minutes')}`;
  }
  return plural(minutes, 'minute', 'minutes');
}

export interface FormatOptions {
  /** Show a plus sign on positive numbers, for changes such as job growth. */
  signed?: boolean;
}

/** The bare amount, without the "a year" style suffix: "$50,250", "7%", "100". */
export function formatAmount(value: number, unit: FigureUnit, options: FormatOptions = {}): string {
  switch (unit) {
    case 'usd-per-year':
    case 'usd':
      return dollars.format(value);
    case 'usd-per-hour':
      return cents.format(value);
    case 'percent':
      return `${options.signed && value > 0 ? '+' : ''}${wholeNumber.format(value)}%`;
    default:
      return wholeNumber.format(value);
  }
}

/** The units that read as a number and a word, by the word for one (the plural adds an "s"). */
const COUNTED_UNITS = {
  questions: 'question',
  hours: 'hour',
  days: 'day',
  weeks: 'week',
  months: 'month',
  years: 'year',
  ceus: 'CEU',
} as const;

function formatOne(value: number, unit: FigureUnit, options: FormatOptions): string {
  switch (unit) {
    case 'usd-per-year':
      return `${dollars.format(value)} a year`;
    case 'usd-per-hour':
      return `${cents.format(value)} an hour`;
    case 'usd':
      return dollars.format(value);
    case 'percent':
      return formatAmount(value, unit, options);
    case 'count':
      return wholeNumber.format(value);
    case 'count-per-year':
      return `${wholeNumber.format(value)} a year`;
    case 'minutes':
      return minutesToWords(value);
    default:
      // A counted thing: "1 question", "2 hours", "36 CEUs".
      return plural(value, COUNTED_UNITS[unit], `${COUNTED_UNITS[unit]}s`);
  }
}

/**
 * A figure in words: "$50,250 a year", "55%", "4 hours", "$399 to $499"; signed: "+7%"; a floor:
 * "at least $239,200 a year".
 */
export function formatFigure(figure: FormattableFigure, options: FormatOptions = {}): string {
  if (figure.bound === 'at-least')
    return `at least ${formatOne(figure.value, figure.unit, options)}`;
  if (figure.valueMax === undefined || figure.valueMax === figure.value) {
    return formatOne(figure.value, figure.unit, options);
  }
  return `${formatAmount(figure.value, figure.unit, options)} to ${formatOne(figure.valueMax, figure.unit, options)}`;
}

/** A figure's bare amount for tight spaces such as a bar label: "$51,140", "+8%", "at least $239,200". */
export function formatFigureAmount(figure: FormattableFigure, options: FormatOptions = {}): string {
  const amount = formatAmount(figure.value, figure.unit, options);
  return figure.bound === 'at-least' ? `at least ${amount}` : amount;
}

const isoDay = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' });

/** "2026-11-26T00:00:00.000Z" -> "November 26, 2026". */
export function formatDate(isoDate: string): string {
  return isoDay.format(new Date(isoDate));
}
