import { jobsMetadata, JobsPage } from '@/app/_pages/jobs';

export const metadata = jobsMetadata('en');

export default function Page() {
  return <JobsPage locale="en" />;
}
