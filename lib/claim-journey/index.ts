// /claim-journey: the journey's builder (journey.ts, pure) and the page's journey from the content.
export { buildClaimJourney, type ClaimJourneyView, type JourneyStep } from './journey';
export { getClaimJourney, type ClaimJourneyPage, type ClaimJourneyStep } from './view';
