import { planResultMetadata, PlanResultPage } from '@/app/_pages/plan-result';

export const metadata = planResultMetadata('en');

export default function Page() {
  return <PlanResultPage locale="en" />;
}
