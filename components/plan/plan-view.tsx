import { CitedFigure } from '@/components/ui/cited-figure';
import { Link } from '@/components/ui/link';
import { SourceCitation } from '@/components/ui/source-citation';
import type { Plan } from '@/lib/planner';
import { routes } from '@/lib/routes';
import { Figures, Section, Step, Totals, TrainingOption } from './plan-parts';

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
