import { jobCompareMetadata, JobComparePage } from '@/app/_pages/job-compare';

export const metadata = jobCompareMetadata('es');

export default function Page() {
  return <JobComparePage locale="es" />;
}
