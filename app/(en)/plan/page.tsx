import { planMetadata, PlanPage } from '@/app/_pages/plan';

export const metadata = planMetadata('en');

export default function Page() {
  return <PlanPage locale="en" />;
}
