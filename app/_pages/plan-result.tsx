import type { Metadata } from 'next';
import { PlanResultIsland } from '@/components/plan/plan-result-island';
import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { getPlanContent } from '@/lib/planner/server';
import { routes, routesFor } from '@/lib/routes';

export function planResultMetadata(locale: Locale): Metadata {
  const m = getMessages(locale).plan;
  return {
    ...pageMetadata({
      locale,
      title: m.resultTitle,
      description: m.resultDescription,
      path: routes.planResult(),
    }),
    // Every plan is this one page with a different code; there is nothing here for search engines.
    robots: { index: false, follow: true },
  };
}

/** /plan/result/: the plan a link's code stands for, drawn in the browser in the page's language. */
export function PlanResultPage({ locale }: { locale: Locale }) {
  const m = getMessages(locale).plan;
  return (
    <>
      <h1 className="mb-8 max-w-3xl text-3xl font-bold tracking-tight sm:text-4xl print:mb-2 print:text-2xl">
        {m.resultTitle}
      </h1>
      <noscript>
        <p className="max-w-2xl rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
          <RichText
            text={m.resultNoScript}
            tags={{
              compare: (text) => <Link href={routesFor(locale).compare()}>{text}</Link>,
            }}
          />
        </p>
      </noscript>
      {/* Drawn after the script runs; the space keeps the footer below the screen until then. */}
      <div data-js-only="" className="in-[.js]:min-h-svh print:min-h-0">
        <PlanResultIsland content={getPlanContent(locale)} words={{ locale, m }} />
      </div>
    </>
  );
}
