'use client';

import { Link } from '@/components/ui/link';
import { PRIMARY_BUTTON } from '@/components/quiz/button-styles';
import { useLocationFragment } from '@/components/ui/use-location';
import {
  openPlan,
  planCode,
  planHref,
  planProblemMessage,
  readPlanCode,
  type PlanContent,
} from '@/lib/planner';
import { routes } from '@/lib/routes';
import { PlanActions } from './plan-actions';
import { PlanView } from './plan-view';

const RESULT_PATH = routes.planResult().replace(/\/$/, '');

/** Reads the plan code from the address and shows the plan, or says why it cannot. */
export function PlanResultIsland({ content }: { content: PlanContent }) {
  const fragment = useLocationFragment();
  // A client-side navigation renders once before the address changes: wait for this page's own.
  if (fragment === null || !window.location.pathname.startsWith(RESULT_PATH)) return null;

  const opened = openPlan(readPlanCode(fragment), content);
  if (!opened.ok) {
    return (
      <div
        role="alert"
        className="max-w-2xl rounded-lg border border-amber-400 bg-amber-50 p-5 text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-50"
      >
        <h2 className="text-xl font-semibold">This plan link does not work</h2>
        <p className="mt-2">{planProblemMessage(opened.problem)}</p>
        <p className="mt-2">Ask whoever sent it for a fresh copy, or answer the questions again.</p>
        <p className="mt-4">
          <Link href={routes.plan()} className={PRIMARY_BUTTON}>
            Start a new plan
          </Link>
        </p>
      </div>
    );
  }
  // The link is written afresh from the decoded answers: nothing from the address is shown.
  const link = new URL(planHref(planCode(opened.version, opened.choices)), window.location.href)
    .href;
  return (
    <>
      <PlanView plan={opened.plan} />
      <PlanActions link={link} />
      <p className="mt-6 hidden text-sm print:mt-2 print:block">Open this plan again at {link}</p>
    </>
  );
}
