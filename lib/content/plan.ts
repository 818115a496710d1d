import { planFactSheet, type PlanFactSheet } from 'contentlayer/generated';
import type { Locale } from '../i18n';
import { localize } from './localize';

/** The facts behind the personal plan: ways to learn, the CPC-A rule, remote work, ways to pay. */
export function getPlanFacts(locale: Locale): PlanFactSheet {
  return localize(planFactSheet, locale);
}
