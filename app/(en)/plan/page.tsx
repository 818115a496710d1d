import type { Metadata } from 'next';
import { PageIntro } from '@/components/layout/page-intro';
import { PlanForm } from '@/components/plan/plan-form';
import { latestPlanForm } from '@/lib/planner';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Your plan to a first job in coding or billing',
  description:
    'Answer seven short questions and get a plan: the steps in order, the months and the cost, the first credential and the first jobs to apply for.',
  path: routes.plan(),
  card: 'quiz',
});

export default function PlanPage() {
  return (
    <>
      <PageIntro title="Make your plan to a first job">
        <p>
          Answer seven short questions. You get your steps in order, how long they take, what they
          cost, and the first jobs to apply for. Your answers stay on your device.
        </p>
      </PageIntro>
      <noscript>
        <p className="mb-6 max-w-2xl rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
          The plan is made by JavaScript, which is turned off or blocked in this browser. You can
          read the questions, but the plan needs JavaScript to show.
        </p>
      </noscript>
      <PlanForm version={latestPlanForm()} />
    </>
  );
}
