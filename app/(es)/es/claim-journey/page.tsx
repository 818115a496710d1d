import { claimJourneyMetadata, ClaimJourneyPage } from '@/app/_pages/claim-journey';

export const metadata = claimJourneyMetadata('es');

export default function Page() {
  return <ClaimJourneyPage locale="es" />;
}
