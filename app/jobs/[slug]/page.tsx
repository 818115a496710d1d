import type { Metadata } from 'next';
import { JobTitleProfile } from '@/components/finder/job-title-profile';
import { JsonLd } from '@/components/layout/json-ld';
import { getJobTitle, getJobTitles } from '@/lib/finder/content';
import { pageMetadata } from '@/lib/metadata';
import { jobTitleJsonLd } from '@/lib/structured-data';
import { routes } from '@/lib/routes';

export const dynamicParams = false;

export function generateStaticParams() {
  return getJobTitles().map((title) => ({ slug: title.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const title = getJobTitle((await params).slug);
  return pageMetadata({
    title: title.name,
    description: title.summary,
    path: routes.job(title.slug),
    card: 'jobs',
  });
}

export default async function JobTitlePage({ params }: Props) {
  const title = getJobTitle((await params).slug);
  return (
    <>
      <JsonLd json={jobTitleJsonLd(title)} />
      <JobTitleProfile title={title} />
    </>
  );
}
