import { jobMetadata, JobPage, jobStaticParams, type JobPageProps } from '@/app/_pages/job';

export const dynamicParams = false;

export function generateStaticParams() {
  return jobStaticParams();
}

export function generateMetadata(props: JobPageProps) {
  return jobMetadata(props, 'en');
}

export default function Page({ params }: JobPageProps) {
  return <JobPage params={params} locale="en" />;
}
