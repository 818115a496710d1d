// How a plan's months and dollars read: ranges in whole months and dollars, and plain words where a
// step takes no time of its own or a fact is not known, in the language of the words given.
import { formatFigure } from '../format';
import { formatMessage } from '../i18n';
import type { CredentialFacts, PlanCost, PlanTime, PlanTotals, PlanWords, Range } from './types';

function monthsText(range: Range, { locale }: PlanWords): string {
  return formatFigure({ value: range.min, valueMax: range.max, unit: 'months' }, { locale });
}

function dollarsText(range: Range, { locale }: PlanWords): string {
  return formatFigure({ value: range.min, valueMax: range.max, unit: 'usd' }, { locale });
}

export function timeText(time: PlanTime, words: PlanWords): string {
  switch (time.kind) {
    case 'months':
      return monthsText(time.months, words);
    case 'none':
      return words.m.noTime;
    case 'unknown':
      return words.m.notKnown;
  }
}

export function costText(cost: PlanCost, words: PlanWords): string {
  switch (cost.kind) {
    case 'usd':
      return dollarsText(cost.usd, words);
    case 'none':
      return words.m.noCost;
    case 'unknown':
      return words.m.notKnown;
  }
}

/** "“A”", "“A” and “B”", "“A”, “B” and “C”": the titles of the steps a total leaves out. */
function stepsText(titles: readonly string[], { m }: PlanWords): string {
  const quoted = titles.map((title) => `“${title}”`);
  const last = quoted.at(-1) ?? '';
  return quoted.length <= 1
    ? last
    : formatMessage(m.listAnd, { items: quoted.slice(0, -1).join(', '), last });
}

/** "About 12 to 24 months of steps before you apply for jobs." and what is not in that total. */
export function totalMonthsSentences(totals: PlanTotals, words: PlanWords): string[] {
  const { m } = words;
  const known = formatMessage(m.monthsTotal, { months: monthsText(totals.months, words) });
  const left = totals.monthsUnknown;
  if (left.length === 0) return [known];
  const template = left.length === 1 ? m.monthsNotCountedOne : m.monthsNotCountedMany;
  return [known, formatMessage(template, { steps: stepsText(left, words) })];
}

export function totalCostSentences(totals: PlanTotals, words: PlanWords): string[] {
  const { m } = words;
  const known = formatMessage(m.costTotal, { dollars: dollarsText(totals.cost, words) });
  const left = totals.costUnknown;
  if (left.length === 0) return [known];
  const template = left.length === 1 ? m.costNotCountedOne : m.costNotCountedMany;
  return [known, formatMessage(template, { steps: stepsText(left, words) })];
}

/** What keeping the first credential takes after its first year: renewal is part of the cost. */
export function renewalSentence(credential: CredentialFacts, { m }: PlanWords): string {
  const { acronym, issuer, renewal } = credential;
  if (renewal === null) return formatMessage(m.noRenewal, { acronym, issuer });
  return formatMessage(credential.membership ? m.renewalWithDues : m.renewal, { acronym, renewal });
}
