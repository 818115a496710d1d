// What a figure measures, in the words the page shows beside it ("Median pay", "Job openings"),
// so no figure reads as something it is not (openings as a salary, a mean as a median).
import type { OccupationMeasure } from '../content/vocabulary';
import { periodName } from '../content/period';
import type { Locale } from '../i18n/locales';

const MEASURE_LABELS: Readonly<Record<Locale, Readonly<Record<OccupationMeasure, string>>>> = {
  en: {
    'median-pay': 'Median pay',
    'mean-pay': 'Average (mean) pay',
    'pay-p10': 'Pay at the 10th percentile',
    'pay-p25': 'Pay at the 25th percentile',
    'pay-p75': 'Pay at the 75th percentile',
    'pay-p90': 'Pay at the 90th percentile',
    employment: 'Number of jobs',
    growth: 'Projected change in jobs',
    openings: 'Job openings',
    'education-share': 'Share of workers with this education',
  },
  es: {
    'median-pay': 'Salario mediano',
    'mean-pay': 'Salario promedio (media)',
    'pay-p10': 'Salario en el percentil 10',
    'pay-p25': 'Salario en el percentil 25',
    'pay-p75': 'Salario en el percentil 75',
    'pay-p90': 'Salario en el percentil 90',
    employment: 'Número de empleos',
    growth: 'Cambio previsto en el empleo',
    openings: 'Vacantes',
    'education-share': 'Parte de los trabajadores con esta educación',
  },
};

function isMeasure(measure: string): measure is OccupationMeasure {
  return Object.hasOwn(MEASURE_LABELS.en, measure);
}

/**
 * The visible label of a figure. A projection names its period, because a change in jobs means
 * nothing without the years it spans: "Projected change in jobs, 2025-35".
 */
export function measureLabel(
  figure: {
    measure: string;
    asOf: string;
    label?: string | undefined;
  },
  locale: Locale = 'en',
): string {
  // An education share is one of several levels; the figure's own label names its level.
  if (figure.measure === 'education-share' && figure.label) return figure.label;
  if (!isMeasure(figure.measure)) return figure.measure;
  const label = MEASURE_LABELS[locale][figure.measure];
  return figure.measure === 'growth' ? `${label}, ${periodName(figure.asOf)}` : label;
}
