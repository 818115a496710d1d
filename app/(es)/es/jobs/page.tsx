import { jobsMetadata, JobsPage } from '@/app/_pages/jobs';

export const metadata = jobsMetadata('es');

export default function Page() {
  return <JobsPage locale="es" />;
}
