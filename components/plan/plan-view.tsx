import { CitedFigure } from '@/components/ui/cited-figure';
import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import { SourceCitation } from '@/components/ui/source-citation';
import { formatMessage } from '@/lib/i18n';
import type { Plan, PlanWords } from '@/lib/planner';
import { routesFor } from '@/lib/routes';
import { Figures, Section, Step, Totals, TrainingOption } from './plan-parts';

/** A made plan, in the words given. Rendered in the browser from the link, so it is plain markup. */
export function PlanView({ plan, words }: { plan: Plan; words: PlanWords }) {
  const { credential } = plan;
  const { m } = words;
  const r = routesFor(words.locale);
  return (
    <div data-plan-version={plan.version} className="print:text-sm">
      <Section id="plan-glance" title={m.glanceTitle}>
        <Totals plan={plan} words={words} />
      </Section>
      <Section id="plan-steps" title={m.stepsTitle}>
        <ol className="space-y-3 print:space-y-1">
          {plan.steps.map((step) => (
            <Step key={step.id} step={step} words={words} />
          ))}
        </ol>
      </Section>
      <Section
        id="plan-credential"
        title={formatMessage(m.credentialTitle, { acronym: credential.facts.acronym })}
      >
        <p>
          <RichText
            text={formatMessage(m.credentialFrom, {
              name: credential.facts.name,
              acronym: credential.facts.acronym,
              issuer: credential.facts.issuer,
            })}
            tags={{ credential: (text) => <Link href={credential.facts.href}>{text}</Link> }}
          />
        </p>
        {credential.why.map((line, index) => (
          <p key={line} className={index > 0 ? 'print:hidden' : undefined}>
            {line}
          </p>
        ))}
      </Section>
      <Section id="plan-titles" title={m.titlesTitle}>
        <ul className="list-disc space-y-1 pl-6 print:pl-0">
          {plan.titles.map((title) => (
            <li
              key={title.href}
              className="print:inline print:after:content-[',_'] print:last:after:content-['.']"
            >
              <Link href={title.href}>{title.label}</Link>
              <span className="text-sm print:hidden">
                {' '}
                (<Link href={title.searchHref}>{m.similarTitles}</Link>)
              </span>
            </li>
          ))}
        </ul>
        {plan.bridgeTitles.length > 0 ? (
          <p className="print:hidden">
            {m.bridgeLead}{' '}
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
          <RichText
            text={m.moreOnHiring}
            tags={{ firstJob: (text) => <Link href={r.firstJob()}>{text}</Link> }}
          />
        </p>
      </Section>
      <Section id="plan-experience" onPaper={false} title={plan.experience.title}>
        {plan.experience.text.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <Figures figures={plan.experience.figures} />
      </Section>
      <Section id="plan-remote" onPaper={false} title={m.remoteTitle}>
        {plan.remote.text.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p>
          <CitedFigure figure={plan.remote.figure} showLabel />
        </p>
        <p>
          <RichText
            text={m.remoteMore}
            tags={{ remote: (text) => <Link href={r.answer('remote-work')}>{text}</Link> }}
          />
        </p>
      </Section>
      <Section id="plan-learn" onPaper={false} title={m.learnTitle}>
        <p>
          <RichText
            text={m.learnIntro}
            tags={{
              check: (text) => <Link href={r.trainingCheck()}>{text}</Link>,
              howLong: (text) => <Link href={r.answer('how-long')}>{text}</Link>,
            }}
          />
        </p>
        <ul className="space-y-3 print:hidden">
          {plan.learn.options.map((training) => (
            <TrainingOption
              key={training.id}
              training={training}
              chosenLabel={training.id === plan.learn.chosen ? m.inYourPlan : null}
            />
          ))}
        </ul>
      </Section>
      <Section id="plan-pay" onPaper={false} title={m.payTitle}>
        <ul className="space-y-2">
          {plan.waysToPay.map((way) => (
            <li key={way.id}>
              <span className="font-semibold">{way.name}.</span> {way.text}{' '}
              {way.citation ? <SourceCitation citation={way.citation} /> : null}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="plan-week" title={m.weekTitle}>
        <ol className="list-decimal space-y-1 pl-6">
          {plan.thisWeek.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ol>
      </Section>
    </div>
  );
}
