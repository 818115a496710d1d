// Ranges of months and dollars: sums, and the months a self-paced course takes. Whole months only:
// a plan gives ranges, never false precision.
import type { PlanCost, PlanTime, Range } from './types';

/** Weeks in an average month. */
const WEEKS_PER_MONTH = 52 / 12;

export const ZERO: Range = { min: 0, max: 0 };

export function addRanges(a: Range, b: Range): Range {
  return { min: a.min + b.min, max: a.max + b.max };
}

export function sumRanges(ranges: readonly Range[]): Range {
  return ranges.reduce(addRanges, ZERO);
}

/** How many months a course of so many hours takes at so many hours a week (at least one). */
export function monthsOfStudy(hours: number, weeklyHours: Range): Range {
  const months = (perWeek: number) => hours / (perWeek * WEEKS_PER_MONTH);
  const min = Math.max(1, Math.round(months(weeklyHours.max)));
  return { min, max: Math.max(min, Math.ceil(months(weeklyHours.min))) };
}

/** A figure's range in months, from its unit. */
export function toMonths(range: Range, unit: 'weeks' | 'months' | 'years'): Range {
  const factor = unit === 'years' ? 12 : unit === 'months' ? 1 : 1 / WEEKS_PER_MONTH;
  return { min: Math.round(range.min * factor), max: Math.round(range.max * factor) };
}

export function knownMonths(time: PlanTime): Range | null {
  return time.kind === 'months' ? time.months : null;
}

export function knownCost(cost: PlanCost): Range | null {
  return cost.kind === 'usd' ? cost.usd : null;
}
