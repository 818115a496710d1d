import { claimJourney, type ClaimJourney } from 'contentlayer/generated';
import type { Locale } from '../i18n';
import { localize } from './localize';

/** The life of a claim as the content has it, in a language: its steps in order and its denial loop. */
export function getClaimJourneyContent(locale: Locale): ClaimJourney {
  return localize(claimJourney, locale);
}
