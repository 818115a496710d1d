import { CareerPathsPage, careerPathsMetadata } from '@/app/_pages/career-paths';

export const metadata = careerPathsMetadata('es');

export default function Page() {
  return <CareerPathsPage locale="es" />;
}
