import { claimJourneyMetadata, ClaimJourneyPage } from '@/app/_pages/claim-journey';

export const metadata = claimJourneyMetadata('en');

export default function Page() {
  return <ClaimJourneyPage locale="en" />;
}
