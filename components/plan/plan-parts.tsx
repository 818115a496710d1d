// The pieces of a made plan: its sections, the totals, one step, one way to learn.
import type { ReactNode } from 'react';
import { CitedFigure } from '@/components/ui/cited-figure';
import { Link } from '@/components/ui/link';
import type { CitedFigureView } from '@/lib/citations';
import {
  costText,
  renewalSentence,
  timeText,
  totalCostSentences,
  totalMonthsSentences,
  type Plan,
  type PlanStep,
  type PlanWords,
  type TrainingFacts,
} from '@/lib/planner';

/** A part of the plan; `onPaper: false` leaves it off the printout, which must fit one page. */
export function Section({
  id,
  title,
  onPaper = true,
  children,
}: {
  id: string;
  title: string;
  onPaper?: boolean;
  children: ReactNode;
}) {
  return (
    <section
      aria-labelledby={id}
      className={`mt-10 max-w-3xl print:mt-2 ${onPaper ? 'print:break-inside-avoid' : 'print:hidden'}`}
    >
      <h2 id={id} className="text-2xl font-semibold print:text-lg">
        {title}
      </h2>
      <div className="mt-3 space-y-3 print:mt-1 print:space-y-1">{children}</div>
    </section>
  );
}

export function Figures({ figures }: { figures: readonly CitedFigureView[] }) {
  if (figures.length === 0) return null;
  return (
    <ul className="space-y-1 print:hidden">
      {figures.map((figure) => (
        <li key={`${figure.text}-${figure.citation.href}`}>
          <CitedFigure figure={figure} showLabel />
        </li>
      ))}
    </ul>
  );
}

/** The cost of the plan's steps, with the sources of the figures it adds up. */
export function Totals({ plan, words }: { plan: Plan; words: PlanWords }) {
  const { m } = words;
  const sources = plan.steps
    .filter((step) => step.cost.kind === 'usd')
    .flatMap((step) => step.figures.filter((figure) => figure.text.includes('$')));
  return (
    <dl className="grid gap-4 sm:grid-cols-2 print:gap-1">
      <div className="rounded-lg border border-slate-300 p-4 dark:border-slate-600 print:p-2">
        <dt className="font-semibold">{m.monthsTotalLabel}</dt>
        <dd data-plan-total="months" className="mt-1 space-y-1">
          {totalMonthsSentences(plan.totals, words).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </dd>
      </div>
      <div className="rounded-lg border border-slate-300 p-4 dark:border-slate-600 print:p-2">
        <dt className="font-semibold">{m.costTotalLabel}</dt>
        <dd data-plan-total="cost" data-sourced="" className="mt-1 space-y-1">
          {totalCostSentences(plan.totals, words).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          <p>{renewalSentence(plan.credential.facts, words)}</p>
          <p className="text-sm text-slate-600 dark:text-slate-400 print:hidden">
            {m.costSources}{' '}
            {sources.map((figure, index) => (
              <span key={`${figure.citation.href}-${index}`}>
                {index > 0 ? ', ' : null}
                <Link href={figure.citation.href}>{figure.citation.shortPublisher}</Link>
              </span>
            ))}
            .
          </p>
        </dd>
      </div>
    </dl>
  );
}

export function Step({ step, words }: { step: PlanStep; words: PlanWords }) {
  const { m } = words;
  return (
    <li className="rounded-lg border border-slate-300 p-4 dark:border-slate-600 print:break-inside-avoid print:border-0 print:p-0">
      <h3 className="text-lg font-semibold print:inline print:text-base">{step.title}</h3>
      <p
        className="mt-1 text-sm print:ml-2 print:inline"
        data-sourced={step.figures.length > 0 ? '' : undefined}
      >
        <span className="font-medium">{m.stepTime}</span>{' '}
        <span data-step-time="">{timeText(step.time, words)}</span>
        {' · '}
        <span className="font-medium">{m.stepCost}</span>{' '}
        <span data-step-cost="">{costText(step.cost, words)}</span>
        {step.phase === 'after-job' ? ` · ${m.afterJob}` : null}
      </p>
      {/* On paper a step is its title, time and cost on one line, so any plan fits one page. */}
      <div className="mt-2 space-y-2 print:hidden">
        {step.text.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <Figures figures={step.figures} />
      </div>
    </li>
  );
}

/** One way to learn; `chosenLabel` ("(in your plan)") marks the one the plan takes. */
export function TrainingOption({
  training,
  chosenLabel,
}: {
  training: TrainingFacts;
  chosenLabel: string | null;
}) {
  const figures = [
    ...(training.time.kind === 'unknown' ? [] : [training.time.figure.view]),
    ...(training.cost ? [training.cost.view] : []),
  ];
  return (
    <li className="print:break-inside-avoid">
      <h3 className="font-semibold">
        {training.name}
        {chosenLabel === null ? null : ` ${chosenLabel}`}
      </h3>
      <p>{training.where}</p>
      {training.unknown ? <p>{training.unknown}</p> : null}
      <Figures figures={figures} />
    </li>
  );
}
