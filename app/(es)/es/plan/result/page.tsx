import { planResultMetadata, PlanResultPage } from '@/app/_pages/plan-result';

export const metadata = planResultMetadata('es');

export default function Page() {
  return <PlanResultPage locale="es" />;
}
