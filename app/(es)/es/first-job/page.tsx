import { firstJobMetadata, FirstJobPage } from '@/app/_pages/first-job';

export const metadata = firstJobMetadata('es');

export default function Page() {
  return <FirstJobPage locale="es" />;
}
