import { firstJobMetadata, FirstJobPage } from '@/app/_pages/first-job';

export const metadata = firstJobMetadata('en');

export default function Page() {
  return <FirstJobPage locale="en" />;
}
