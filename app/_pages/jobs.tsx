// The job-title finder (/jobs/, /es/jobs/): the search island over the index of the page's
// language, and every curated title by family for browsing and for readers without JavaScript.
import type { Metadata } from 'next';
import { FamilyCatalog } from '@/components/finder/family-catalog';
import { JobFinder } from '@/components/finder/job-finder';
import { NoScriptSearch } from '@/components/finder/no-script-search';
import { PageIntro } from '@/components/layout/page-intro';
import { getJobTitlesByFamily } from '@/lib/finder/server';
import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { routes, routesFor } from '@/lib/routes';

export function jobsMetadata(locale: Locale): Metadata {
  const m = getMessages(locale).finder.page;
  return pageMetadata({
    title: m.title,
    description: m.description,
    path: routes.jobs(),
    locale,
    card: 'jobs',
  });
}

export function JobsPage({ locale }: { locale: Locale }) {
  const labels = getMessages(locale).finder;
  return (
    <>
      <PageIntro title={labels.page.heading}>
        <p>{labels.page.intro}</p>
      </PageIntro>
      <NoScriptSearch text={labels.page.noScript} />
      {/* Room for the search box before it loads, so the list below does not jump (phone: stacked). */}
      <div data-js-only="" className="in-[.js]:min-h-[28rem] sm:in-[.js]:min-h-[16rem]">
        <JobFinder labels={labels} locale={locale} />
      </div>
      <FamilyCatalog
        families={getJobTitlesByFamily(locale)}
        labels={labels}
        links={routesFor(locale)}
      />
    </>
  );
}
