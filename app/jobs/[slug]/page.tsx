import type { Metadata } from 'next';
import { JobTitleProfile } from '@/components/finder/job-title-profile';
import { getJobTitle, getJobTitles } from '@/lib/finder/content';

export const dynamicParams = false;

export function generateStaticParams() {
  return getJobTitles().map((title) => ({ slug: title.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const title = getJobTitle((await params).slug);
  return { title: title.name, description: title.summary };
}

export default async function JobTitlePage({ params }: Props) {
  return <JobTitleProfile title={getJobTitle((await params).slug)} />;
}
