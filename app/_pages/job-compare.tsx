// Two job titles side by side (/jobs/compare/, /es/jobs/compare/): the pickers and columns are an
// island that reads the pair from the address and loads each title's file in the page's language.
import type { Metadata } from 'next';
import { CompareIsland } from '@/components/job-compare/compare-island';
import { PageIntro } from '@/components/layout/page-intro';
import { Link } from '@/components/ui/link';
import { Notice } from '@/components/ui/notice';
import { RichText } from '@/components/ui/rich-text';
import type { Locale } from '@/lib/i18n';
import { compareLabels, getTitleOptions } from '@/lib/job-compare/server';
import { pageMetadata } from '@/lib/metadata';
import { routes, routesFor } from '@/lib/routes';

export function jobCompareMetadata(locale: Locale): Metadata {
  const m = compareLabels(locale);
  return pageMetadata({
    title: m.title,
    description: m.description,
    path: routes.jobCompare(),
    locale,
    card: 'jobs',
  });
}

export function JobComparePage({ locale }: { locale: Locale }) {
  const labels = compareLabels(locale);
  const links = routesFor(locale);
  return (
    <>
      <PageIntro title={labels.title}>
        <p>{labels.intro}</p>
      </PageIntro>
      <noscript>
        <Notice>
          <RichText
            text={labels.noScript}
            tags={{ list: (words) => <Link href={links.jobs()}>{words}</Link> }}
          />
        </Notice>
      </noscript>
      {/* Without JavaScript the pickers would only reload this page, so only the note shows. */}
      <div data-js-only="" className="hidden in-[.js]:block in-[.js]:min-h-[24rem] print:min-h-0">
        <CompareIsland options={getTitleOptions(locale)} labels={labels} locale={locale} />
      </div>
    </>
  );
}
