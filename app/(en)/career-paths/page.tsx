import { CareerPathsPage, careerPathsMetadata } from '@/app/_pages/career-paths';

export const metadata = careerPathsMetadata('en');

export default function Page() {
  return <CareerPathsPage locale="en" />;
}
