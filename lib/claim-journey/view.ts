// The /claim-journey page's journey built from the content.
import { getClaimJourneyContent, getGlossaryTerms, type GlossaryTerm } from '../content';
import { buildClaimJourney, type ClaimJourneyView, type JourneyStep } from './journey';

export type ClaimJourneyPage = ClaimJourneyView<GlossaryTerm>;
export type ClaimJourneyStep = JourneyStep<GlossaryTerm>;

/** The life of a claim, numbered, with owners and glossary terms resolved. */
export function getClaimJourney(): ClaimJourneyPage {
  return buildClaimJourney({ journey: getClaimJourneyContent(), glossary: getGlossaryTerms() });
}
