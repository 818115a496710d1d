import type { Metadata } from 'next';
import { JobTitleProfile } from '@/components/finder/job-title-profile';
import { JsonLd } from '@/components/json-ld';
import { getJobTitle, getJobTitles } from '@/lib/finder/content';
import { pageMetadata } from '@/lib/metadata';
import { jobTitleJsonLd } from '@/lib/structured-data';

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
    path: `/jobs/${title.slug}/`,
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
