import type { Metadata } from 'next';
import { FamilyCatalog } from '@/components/finder/family-catalog';
import { JobFinder } from '@/components/finder/job-finder';
import { NoScriptSearch } from '@/components/finder/no-script-search';
import { PageIntro } from '@/components/layout/page-intro';
import { getJobTitlesByFamily } from '@/lib/finder/server';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Job-title finder',
  description:
    'Type a job title, a credential such as CPC, or a typo, and find the coding, billing or health information job it names, with what it takes and where to search openings.',
  path: routes.jobs(),
  card: 'jobs',
});

export default function JobsPage() {
  return (
    <>
      <PageIntro title="Find your job title">
        <p>
          Job ads use many names for the same work. Type a title, a credential such as CPC, or a few
          words about the job.
        </p>
      </PageIntro>
      <NoScriptSearch />
      {/* Room for the search box before it loads, so the list below does not jump (phone: stacked). */}
      <div data-js-only="" className="in-[.js]:min-h-[28rem] sm:in-[.js]:min-h-[16rem]">
        <JobFinder />
      </div>
      <FamilyCatalog families={getJobTitlesByFamily()} />
    </>
  );
}
