import { jobCompareMetadata, JobComparePage } from '@/app/_pages/job-compare';

export const metadata = jobCompareMetadata('en');

export default function Page() {
  return <JobComparePage locale="en" />;
}
