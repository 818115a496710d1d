// The /claim-journey page's journey built from the content, in a language.
import { getClaimJourneyContent, getGlossaryTerms, type GlossaryTerm } from '../content';
import type { Locale } from '../i18n';
import { buildClaimJourney, type ClaimJourneyView, type JourneyStep } from './journey';

export type ClaimJourneyPage = ClaimJourneyView<GlossaryTerm>;
export type ClaimJourneyStep = JourneyStep<GlossaryTerm>;

/** The life of a claim, numbered, with owners and glossary terms (named in `locale`) resolved. */
export function getClaimJourney(locale: Locale): ClaimJourneyPage {
  return buildClaimJourney({
    journey: getClaimJourneyContent(locale),
    glossary: getGlossaryTerms(locale),
  });
}
