import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { PlanResultIsland } from '@/components/plan/plan-result-island';
import { getPlanContent } from '@/lib/planner/server';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const metadata: Metadata = {
  ...pageMetadata({
    title: 'Your plan to a first job',
    description: 'A personal plan: steps in order, months and cost, the first credential and jobs.',
    path: routes.planResult(),
  }),
  // Every plan is this one page with a different code; there is nothing here for search engines.
  robots: { index: false, follow: true },
};

export default function PlanResultPage() {
  return (
    <>
      <h1 className="mb-8 max-w-3xl text-3xl font-bold tracking-tight sm:text-4xl print:mb-2 print:text-2xl">
        Your plan to a first job
      </h1>
      <noscript>
        <p className="max-w-2xl rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
          Plans are read from the link by JavaScript, which is turned off or blocked in this
          browser. You can still <Link href={routes.compare()}>compare coding and billing</Link>.
        </p>
      </noscript>
      {/* Drawn after the script runs; the space keeps the footer below the screen until then. */}
      <div data-js-only="" className="in-[.js]:min-h-svh print:min-h-0">
        <PlanResultIsland content={getPlanContent()} />
      </div>
    </>
  );
}
