import { planMetadata, PlanPage } from '@/app/_pages/plan';

export const metadata = planMetadata('es');

export default function Page() {
  return <PlanPage locale="es" />;
}
