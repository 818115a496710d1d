// What a figure measures, in the words the page shows beside it ("Median pay", "Job openings"),
// so no figure reads as something it is not (openings as a salary, a mean as a median).
import type { OccupationMeasure } from '../content/vocabulary';
import { periodName } from '../content/period';

const MEASURE_LABELS: Readonly<Record<OccupationMeasure, string>> = {
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
};

function isMeasure(measure: string): measure is OccupationMeasure {
  return Object.hasOwn(MEASURE_LABELS, measure);
}

/**
 * The visible label of a figure. A projection names its period, because a change in jobs means
 * nothing without the years it spans: "Projected change in jobs, 2025-35".
 */
export function measureLabel(figure: {
  measure: string;
  asOf: string;
  label?: string | undefined;
}): string {
  // An education share is one of several levels; the figure's own label names its level.
  if (figure.measure === 'education-share' && figure.label) return figure.label;
  if (!isMeasure(figure.measure)) return figure.measure;
  const label = MEASURE_LABELS[figure.measure];
  return figure.measure === 'growth' ? `${label}, ${periodName(figure.asOf)}` : label;
}
