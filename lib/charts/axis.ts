// A value axis: its domain, its round tick values, the scale onto the chart's width, and tick labels.
import type { FigureUnit } from '../content/vocabulary';

/** The smallest "round" step (1, 2, 2.5 or 5 times a power of ten) that is at least roughStep. */
export function niceStep(roughStep: number): number {
  if (!(roughStep > 0) || !Number.isFinite(roughStep)) {
    throw new Error(`niceStep: expected a positive number, got ${roughStep}`);
  }
  const power = 10 ** Math.floor(Math.log10(roughStep));
  const multiple = [1, 2, 2.5, 5, 10].find((candidate) => candidate * power >= roughStep * 0.9999);
  return (multiple ?? 10) * power;
}

/** The values an axis spans: the data and zero, since bars start at zero. */
export function valueDomain(values: readonly number[]): { min: number; max: number } {
  const min = Math.min(0, ...values);
  const max = Math.max(0, ...values);
  // An all-zero chart still needs a span to divide by.
  return min === max ? { min: 0, max: 1 } : { min, max };
}

/** Tick values: multiples of a nice step that lie inside the domain, zero included. */
export function tickValues(domain: { min: number; max: number }, count: number): number[] {
  const step = niceStep((domain.max - domain.min) / Math.max(1, count));
  // Round away floating-point dust (0.1 + 0.2) at the step's own precision.
  const decimals = Math.min(20, Math.max(0, -Math.floor(Math.log10(step)) + 1));
  const ticks: number[] = [];
  for (let index = Math.ceil(domain.min / step); index * step <= domain.max; index += 1) {
    ticks.push(Number((index * step).toFixed(decimals)) + 0);
  }
  return ticks;
}

/** Maps a value to percent of the chart width, between the plot's left and right edges. */
export function scaleLinear(
  domain: { min: number; max: number },
  range: { left: number; right: number },
): (value: number) => number {
  return (value) =>
    range.left + ((value - domain.min) / (domain.max - domain.min)) * (range.right - range.left);
}

const compactDollars = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  minimumFractionDigits: 0,
  maximumFractionDigits: 1,
});

/** Axis labels: "$50K" for money, "10%" for percentages, plain numbers otherwise. */
export function formatTick(value: number, unit: FigureUnit): string {
  switch (unit) {
    case 'usd-per-year':
    case 'usd':
      return compactDollars.format(value);
    case 'percent':
      return `${value}%`;
    default:
      return String(value);
  }
}
