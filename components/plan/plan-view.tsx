import type { ReactNode } from 'react';
import { CitedFigure } from '@/components/ui/cited-figure';
import { Link } from '@/components/ui/link';
import { SourceCitation } from '@/components/ui/source-citation';
import type { CitedFigureView } from '@/lib/citations';
import {
  costText,
  renewalSentence,
  timeText,
  totalCostSentences,
  totalMonthsSentences,
  type Plan,
  type PlanStep,
  type TrainingFacts,
} from '@/lib/planner';
import { routes } from '@/lib/routes';

/** A part of the plan; `onPaper: false` leaves it off the printout, which must fit one page. */
function Section({
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

function Figures({ figures }: { figures: readonly CitedFigureView[] }) {
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
function Totals({ plan }: { plan: Plan }) {
  const sources = plan.steps
    .filter((step) => step.cost.kind === 'usd')
    .flatMap((step) => step.figures.filter((figure) => figure.text.includes('$')));
  return (
    <dl className="grid gap-4 sm:grid-cols-2 print:gap-1">
      <div className="rounded-lg border border-slate-300 p-4 dark:border-slate-600 print:p-2">
        <dt className="font-semibold">Time to a first job</dt>
        <dd data-plan-total="months" className="mt-1 space-y-1">
          {totalMonthsSentences(plan.totals).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </dd>
      </div>
      <div className="rounded-lg border border-slate-300 p-4 dark:border-slate-600 print:p-2">
        <dt className="font-semibold">Cost in the first year</dt>
        <dd data-plan-total="cost" data-sourced="" className="mt-1 space-y-1">
          {totalCostSentences(plan.totals).map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
          <p>{renewalSentence(plan.credential.facts)}</p>
          <p className="text-sm text-slate-600 dark:text-slate-400 print:hidden">
            It adds up the costs of the steps below. Sources:{' '}
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

function Step({ step }: { step: PlanStep }) {
  return (
    <li className="rounded-lg border border-slate-300 p-4 dark:border-slate-600 print:break-inside-avoid print:border-0 print:p-0">
      <h3 className="text-lg font-semibold print:inline print:text-base">{step.title}</h3>
      <p
        className="mt-1 text-sm print:ml-2 print:inline"
        data-sourced={step.figures.length > 0 ? '' : undefined}
      >
        <span className="font-medium">Time:</span>{' '}
        <span data-step-time="">{timeText(step.time)}</span>
        {' · '}
        <span className="font-medium">Cost:</span>{' '}
        <span data-step-cost="">{costText(step.cost)}</span>
        {step.phase === 'after-job' ? ' · once you have a job' : null}
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

function TrainingOption({ training, chosen }: { training: TrainingFacts; chosen: boolean }) {
  const figures = [
    ...(training.time.kind === 'unknown' ? [] : [training.time.figure.view]),
    ...(training.cost ? [training.cost.view] : []),
  ];
  return (
    <li className="print:break-inside-avoid">
      <h3 className="font-semibold">
        {training.name}
        {chosen ? ' (in your plan)' : null}
      </h3>
      <p>{training.where}</p>
      {training.unknown ? <p>{training.unknown}</p> : null}
      <Figures figures={figures} />
    </li>
  );
}

/** A made plan. Rendered in the browser from the link, so every part is plain markup. */
export function PlanView({ plan }: { plan: Plan }) {
  const { credential } = plan;
  return (
    <div data-plan-version={plan.version} className="print:text-sm">
      <Section id="plan-glance" title="Your plan at a glance">
        <Totals plan={plan} />
      </Section>
      <Section id="plan-steps" title="Your steps, in order">
        <ol className="space-y-3 print:space-y-1">
          {plan.steps.map((step) => (
            <Step key={step.id} step={step} />
          ))}
        </ol>
      </Section>
      <Section
        id="plan-credential"
        title={`Your first credential: the ${credential.facts.acronym}`}
      >
        <p>
          <Link href={credential.facts.href}>
            {credential.facts.name} ({credential.facts.acronym})
          </Link>
          , from {credential.facts.issuer}.
        </p>
        {credential.why.map((line, index) => (
          <p key={line} className={index > 0 ? 'print:hidden' : undefined}>
            {line}
          </p>
        ))}
      </Section>
      <Section id="plan-titles" title="First jobs to apply for">
        <ul className="list-disc space-y-1 pl-6 print:pl-0">
          {plan.titles.map((title) => (
            <li
              key={title.href}
              className="print:inline print:after:content-[',_'] print:last:after:content-['.']"
            >
              <Link href={title.href}>{title.label}</Link>
              <span className="text-sm print:hidden">
                {' '}
                (<Link href={title.searchHref}>similar titles</Link>)
              </span>
            </li>
          ))}
        </ul>
        {plan.bridgeTitles.length > 0 ? (
          <p className="print:hidden">
            Jobs that can lead there:{' '}
            {plan.bridgeTitles.map((title, index) => (
              <span key={title.href}>
                {index > 0 ? ', ' : null}
                <Link href={title.href}>{title.label}</Link>
              </span>
            ))}
            .
          </p>
        ) : null}
        <p className="print:hidden">
          More on getting hired: <Link href={routes.firstJob()}>your first job</Link>.
        </p>
      </Section>
      <Section id="plan-experience" onPaper={false} title={plan.experience.title}>
        {plan.experience.text.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <Figures figures={plan.experience.figures} />
      </Section>
      <Section id="plan-remote" onPaper={false} title="When can you work from home?">
        {plan.remote.text.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p>
          <CitedFigure figure={plan.remote.figure} showLabel />
        </p>
        <p>
          More: <Link href={routes.answer('remote-work')}>can I work from home?</Link>
        </p>
      </Section>
      <Section id="plan-learn" onPaper={false} title="Where to learn">
        <p>
          The main ways to learn this work, and what we know of each. Before you pay,{' '}
          <Link href={routes.trainingCheck()}>check the school</Link>, and see{' '}
          <Link href={routes.answer('how-long')}>how long it really takes</Link>.
        </p>
        <ul className="space-y-3 print:hidden">
          {plan.learn.options.map((training) => (
            <TrainingOption
              key={training.id}
              training={training}
              chosen={training.id === plan.learn.chosen}
            />
          ))}
        </ul>
      </Section>
      <Section id="plan-pay" onPaper={false} title="Ways to pay">
        <ul className="space-y-2">
          {plan.waysToPay.map((way) => (
            <li key={way.id}>
              <span className="font-semibold">{way.name}.</span> {way.text}{' '}
              {way.citation ? <SourceCitation citation={way.citation} /> : null}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="plan-week" title="Three things to do this week">
        <ol className="list-decimal space-y-1 pl-6">
          {plan.thisWeek.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </Section>
    </div>
  );
}
