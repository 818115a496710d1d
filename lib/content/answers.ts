import {
  allAnswers,
  allCheckedClaims,
  type Answer,
  type CheckedClaim,
} from 'contentlayer/generated';
import type { Locale } from '../i18n';
import { localize, localizeAll } from './localize';
import { requireOne } from './require-one';

/** The questions of /answers/, in the hub's order. */
export function getAnswers(locale: Locale = 'en'): Answer[] {
  return localizeAll(allAnswers, locale).sort((a, b) => a.order - b.order);
}

export function getAnswer(slug: string, locale: Locale = 'en'): Answer {
  return localize(
    requireOne(allAnswers, (answer) => answer.slug === slug, `answer "${slug}"`),
    locale,
  );
}

/** The checked claims, in their order on /answers/claims-we-checked/. */
export function getCheckedClaims(locale: Locale = 'en'): CheckedClaim[] {
  return localizeAll(allCheckedClaims, locale).sort((a, b) => a.order - b.order);
}
