import type { Metadata } from 'next';
import { CompareIsland } from '@/components/job-compare/compare-island';
import { PageIntro } from '@/components/layout/page-intro';
import { Link } from '@/components/ui/link';
import { Notice } from '@/components/ui/notice';
import { getTitleOptions } from '@/lib/job-compare/server';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Compare two job titles',
  description:
    'Two coding, billing or health information job titles side by side: what the work is, level, certifications, pay, remote work and next steps.',
  path: routes.jobCompare(),
  card: 'jobs',
});

export default function JobComparePage() {
  return (
    <>
      <PageIntro title="Compare two job titles">
        <p>
          Pick two titles to see what the work is, the level, certifications, pay, remote work and
          where each leads, side by side. The link keeps both titles, so you can send it.
        </p>
      </PageIntro>
      <noscript>
        <Notice>
          Comparing needs JavaScript, which is off or blocked in this browser. Every title&apos;s
          own page works without it: find them in the{' '}
          <Link href={routes.jobs()}>list of job titles</Link>.
        </Notice>
      </noscript>
      {/* Without JavaScript the pickers would only reload this page, so only the note shows. */}
      <div data-js-only="" className="hidden in-[.js]:block in-[.js]:min-h-[24rem] print:min-h-0">
        <CompareIsland options={getTitleOptions()} />
      </div>
    </>
  );
}
