'use client';

import { Link } from '@/components/ui/link';
import { PRIMARY_BUTTON } from '@/components/quiz/button-styles';
import { useLocationFragment } from '@/components/ui/use-location';
import { formatMessage } from '@/lib/i18n';
import {
  openPlan,
  planCode,
  planHref,
  planProblemMessage,
  readPlanCode,
  type PlanContent,
  type PlanWords,
} from '@/lib/planner';
import { routesFor } from '@/lib/routes';
import { PlanActions } from './plan-actions';
import { PlanView } from './plan-view';

/**
 * Reads the plan code from the address and shows the plan, or says why it cannot. The content and
 * the words are the page's language, passed in by the page (a client island imports no catalog).
 */
export function PlanResultIsland({ content, words }: { content: PlanContent; words: PlanWords }) {
  const fragment = useLocationFragment();
  const { m, locale } = words;
  const r = routesFor(locale);
  const resultPath = r.planResult().replace(/\/$/, '');
  // A client-side navigation renders once before the address changes: wait for this page's own.
  if (fragment === null || !window.location.pathname.startsWith(resultPath)) return null;

  const opened = openPlan(readPlanCode(fragment), content, m);
  if (!opened.ok) {
    return (
      <div
        role="alert"
        className="max-w-2xl rounded-lg border border-amber-400 bg-amber-50 p-5 text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-50"
      >
        <h2 className="text-xl font-semibold">{m.brokenTitle}</h2>
        <p className="mt-2">{planProblemMessage(opened.problem, m)}</p>
        <p className="mt-2">{m.brokenAsk}</p>
        <p className="mt-4">
          <Link href={r.plan()} className={PRIMARY_BUTTON}>
            {m.startNew}
          </Link>
        </p>
      </div>
    );
  }
  // The link is written afresh from the decoded answers: nothing from the address is shown.
  const link = new URL(
    planHref(planCode(opened.version, opened.choices), locale),
    window.location.href,
  ).href;
  return (
    <>
      <PlanView plan={opened.plan} words={words} />
      <PlanActions link={link} words={words} />
      <p className="mt-6 hidden text-sm print:mt-2 print:block">
        {formatMessage(m.openAgainAt, { link })}
      </p>
    </>
  );
}
