// How a plan's months and dollars read: ranges in whole months and dollars, and plain words where a
// step takes no time of its own or a fact is not known.
import { formatFigure } from '../format';
import type { CredentialFacts, PlanCost, PlanTime, PlanTotals, Range } from './types';

export function monthsText(range: Range): string {
  return formatFigure({ value: range.min, valueMax: range.max, unit: 'months' });
}

export function dollarsText(range: Range): string {
  return formatFigure({ value: range.min, valueMax: range.max, unit: 'usd' });
}

export function timeText(time: PlanTime): string {
  switch (time.kind) {
    case 'months':
      return monthsText(time.months);
    case 'none':
      return 'No time of its own';
    case 'unknown':
      return 'Not known';
  }
}

export function costText(cost: PlanCost): string {
  switch (cost.kind) {
    case 'usd':
      return dollarsText(cost.usd);
    case 'none':
      return 'No cost counted';
    case 'unknown':
      return 'Not known';
  }
}

function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** "the step “Apply for first jobs”", "the steps “A” and “B”": steps a total leaves out. */
function stepsText(titles: readonly string[]): string {
  const quoted = titles.map((title) => `“${title}”`);
  return `${quoted.length === 1 ? 'the step' : 'the steps'} ${listText(quoted)}`;
}

/** "About 12 to 24 months of steps before you apply for jobs." and what is not in that total. */
export function totalMonthsSentences(totals: PlanTotals): string[] {
  const known = `About ${monthsText(totals.months)} of steps before you apply for jobs.`;
  return totals.monthsUnknown.length === 0
    ? [known]
    : [
        known,
        `Not counted: ${stepsText(totals.monthsUnknown)}, as no source says how long ${totals.monthsUnknown.length === 1 ? 'it takes' : 'they take'}.`,
      ];
}

export function totalCostSentences(totals: PlanTotals): string[] {
  const known = `About ${dollarsText(totals.cost)} in your first year.`;
  return totals.costUnknown.length === 0
    ? [known]
    : [
        known,
        `Not counted: ${stepsText(totals.costUnknown)}, as we found no price for ${totals.costUnknown.length === 1 ? 'it' : 'them'}.`,
      ];
}

/** What keeping the first credential takes after its first year: renewal is part of the cost. */
export function renewalSentence(credential: CredentialFacts): string {
  const dues = credential.membership ? ' and the yearly dues, counted above' : '';
  return credential.renewal
    ? `To keep the ${credential.acronym} you need ${credential.renewal}${dues}. The cost of CEUs is not known.`
    : `We found no renewal rule for the ${credential.acronym}. Ask ${credential.issuer}.`;
}
