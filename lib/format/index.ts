// How figures read on the page. Pure, so tables, charts and text all say a number the same way.
import type { FigureBound, FigureUnit } from '../content/vocabulary';
import { formatLocale, type Locale } from '../i18n/locales';

export interface FormattableFigure {
  value: number;
  valueMax?: number | undefined;
  unit: FigureUnit;
  /** "at-least": the value is a floor (BLS top-coded wages), so it reads "at least ...". */
  bound?: FigureBound | undefined;
}

interface NumberFormats {
  wholeNumber: Intl.NumberFormat;
  dollars: Intl.NumberFormat;
  cents: Intl.NumberFormat;
  day: Intl.DateTimeFormat;
}

function numberFormats(locale: Locale): NumberFormats {
  const tag = formatLocale(locale);
  return {
    wholeNumber: new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }),
    dollars: new Intl.NumberFormat(tag, {
      style: 'currency',
      currency: 'USD',
      maximumFractionDigits: 0,
    }),
    cents: new Intl.NumberFormat(tag, {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }),
    day: new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }),
  };
}

const FORMATS: Record<Locale, NumberFormats> = { en: numberFormats('en'), es: numberFormats('es') };

/** The words around numbers, per language; [one, many] for counted units. */
const WORDS = {
  en: {
    perYear: 'a year',
    perHour: 'an hour',
    atLeast: 'at least',
    rangeJoin: 'to',
    counted: {
      questions: ['question', 'questions'],
      hours: ['hour', 'hours'],
      days: ['day', 'days'],
      weeks: ['week', 'weeks'],
      months: ['month', 'months'],
      years: ['year', 'years'],
      ceus: ['CEU', 'CEUs'],
      minutes: ['minute', 'minutes'],
    },
  },
  es: {
    perYear: 'al año',
    perHour: 'por hora',
    atLeast: 'al menos',
    rangeJoin: 'a',
    counted: {
      questions: ['pregunta', 'preguntas'],
      hours: ['hora', 'horas'],
      days: ['día', 'días'],
      weeks: ['semana', 'semanas'],
      months: ['mes', 'meses'],
      years: ['año', 'años'],
      ceus: ['CEU', 'CEU'],
      minutes: ['minuto', 'minutos'],
    },
  },
} as const satisfies Record<Locale, unknown>;

type CountedUnit = keyof (typeof WORDS)['en']['counted'];

function plural(count: number, unit: CountedUnit, locale: Locale): string {
  const [one, many] = WORDS[locale].counted[unit];
  return `${FORMATS[locale].wholeNumber.format(count)} ${count === 1 ? one : many}`;
}

function minutesToWords(minutes: number, locale: Locale): string {
  if (minutes % 60 === 0) return plural(minutes / 60, 'hours', locale);
  if (minutes > 60) {
    return `${plural(Math.floor(minutes / 60), 'hours', locale)} ${plural(minutes % 60, 'minutes', locale)}`;
  }
  return plural(minutes, 'minutes', locale);
}

export interface FormatOptions {
  /** Show a plus sign on positive numbers, for changes such as job growth. */
  signed?: boolean;
  /** The language the words around the number are in; English when absent. */
  locale?: Locale;
}

/** The bare amount, without the "a year" style suffix: "$50,250", "7%", "100". */
export function formatAmount(value: number, unit: FigureUnit, options: FormatOptions = {}): string {
  const { dollars, cents, wholeNumber } = FORMATS[options.locale ?? 'en'];
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

function formatOne(value: number, unit: FigureUnit, options: FormatOptions): string {
  const locale = options.locale ?? 'en';
  const { dollars, cents, wholeNumber } = FORMATS[locale];
  const words = WORDS[locale];
  switch (unit) {
    case 'usd-per-year':
      return `${dollars.format(value)} ${words.perYear}`;
    case 'usd-per-hour':
      return `${cents.format(value)} ${words.perHour}`;
    case 'usd':
      return dollars.format(value);
    case 'percent':
      return formatAmount(value, unit, options);
    case 'count':
      return wholeNumber.format(value);
    case 'count-per-year':
      return `${wholeNumber.format(value)} ${words.perYear}`;
    case 'minutes':
      return minutesToWords(value, locale);
    default:
      // A counted thing: "1 question", "2 hours", "36 CEUs".
      return plural(value, unit, locale);
  }
}

/**
 * A figure in words: "$50,250 a year", "55%", "4 hours", "$399 to $499"; signed: "+7%"; a floor:
 * "at least $239,200 a year".
 */
export function formatFigure(figure: FormattableFigure, options: FormatOptions = {}): string {
  const words = WORDS[options.locale ?? 'en'];
  if (figure.bound === 'at-least') {
    return `${words.atLeast} ${formatOne(figure.value, figure.unit, options)}`;
  }
  if (figure.valueMax === undefined || figure.valueMax === figure.value) {
    return formatOne(figure.value, figure.unit, options);
  }
  return `${formatAmount(figure.value, figure.unit, options)} ${words.rangeJoin} ${formatOne(figure.valueMax, figure.unit, options)}`;
}

/** A figure's bare amount for tight spaces such as a bar label: "$51,140", "+8%", "at least $239,200". */
export function formatFigureAmount(figure: FormattableFigure, options: FormatOptions = {}): string {
  const amount = formatAmount(figure.value, figure.unit, options);
  return figure.bound === 'at-least'
    ? `${WORDS[options.locale ?? 'en'].atLeast} ${amount}`
    : amount;
}

/** "2026-11-26T00:00:00.000Z" -> "November 26, 2026" ("26 de noviembre de 2026" in Spanish). */
export function formatDate(isoDate: string, locale: Locale = 'en'): string {
  return FORMATS[locale].day.format(new Date(isoDate));
}
