import type { Metadata } from 'next';
import { JobTitleProfile } from '@/components/finder/job-title-profile';
import { JsonLd } from '@/components/layout/json-ld';
import { getJobTitle, getJobTitleSlugs } from '@/lib/content';
import { getJobTitleProfile } from '@/lib/finder/server';
import { compareWith, jobPrintSources } from '@/lib/job-compare/server';
import { jobTitleJsonLd, pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const dynamicParams = false;

export function generateStaticParams() {
  return getJobTitleSlugs().map((slug) => ({ slug }));
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
  const { slug } = await params;
  const profile = getJobTitleProfile(slug);
  return (
    <>
      <JsonLd json={jobTitleJsonLd(getJobTitle(slug))} />
      <JobTitleProfile
        profile={profile}
        compare={compareWith(profile)}
        printSources={jobPrintSources(profile)}
      />
    </>
  );
}
