import { claimJourney, type ClaimJourney } from 'contentlayer/generated';

/** The life of a claim as the content has it: its steps in order and its denial loop. */
export function getClaimJourneyContent(): ClaimJourney {
  return claimJourney;
}
