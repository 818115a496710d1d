// One curated job title's page (/jobs/<slug>/, /es/jobs/<slug>/).
import type { Metadata } from 'next';
import { JobTitleProfile } from '@/components/finder/job-title-profile';
import { JsonLd } from '@/components/layout/json-ld';
import { getJobTitle, getJobTitleSlugs } from '@/lib/content';
import { getJobTitleProfile } from '@/lib/finder/server';
import type { Locale } from '@/lib/i18n';
import { compareWith, jobPrintSources } from '@/lib/job-compare/server';
import { jobTitleJsonLd, pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export type JobPageProps = { params: Promise<{ slug: string }> };

export function jobStaticParams() {
  return getJobTitleSlugs().map((slug) => ({ slug }));
}

export async function jobMetadata({ params }: JobPageProps, locale: Locale): Promise<Metadata> {
  const title = getJobTitle((await params).slug, locale);
  return pageMetadata({
    title: title.name,
    description: title.summary,
    path: routes.job(title.slug),
    locale,
    card: 'jobs',
  });
}

export async function JobPage({ params, locale }: JobPageProps & { locale: Locale }) {
  const { slug } = await params;
  const profile = getJobTitleProfile(slug, locale);
  return (
    <>
      <JsonLd json={jobTitleJsonLd(getJobTitle(slug, locale))} />
      <JobTitleProfile
        profile={profile}
        compare={compareWith(profile)}
        printSources={jobPrintSources(profile)}
        locale={locale}
      />
    </>
  );
}
