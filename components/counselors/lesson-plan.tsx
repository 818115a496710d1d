import { Link } from '@/components/ui/link';
import { Notice } from '@/components/ui/notice';
import type { LessonPlanView, TimedStep } from '@/lib/counselors';
import { OutcomeGuides } from './outcome-guides';

/** What a step links to beside its activities: the quiz, or the class summary. */
function StepExtra({ step, plan }: { step: TimedStep; plan: LessonPlanView }) {
  switch (step.id) {
    case 'quiz':
      return (
        <p className="mt-2">
          The quiz: <Link href={plan.quizHref}>open it here</Link>, or use the QR code on{' '}
          <Link href={plan.handoutHref}>the handout</Link>.
        </p>
      );
    case 'pairs':
      return (
        <section aria-labelledby="prompts-heading" className="mt-3">
          <h4 id="prompts-heading" className="font-semibold">
            Prompts for each result
          </h4>
          <OutcomeGuides guides={plan.outcomes} detail="discussion" headingLevel={5} />
        </section>
      );
    case 'summary':
      return (
        <p className="mt-2">
          Paste the links into <Link href={plan.classSummaryHref}>the class summary</Link>. It runs
          in your browser: the links are not sent anywhere.
        </p>
      );
    default:
      return null;
  }
}

export function LessonPlan({ plan }: { plan: LessonPlanView }) {
  return (
    <div className="max-w-3xl space-y-10 print:space-y-6">
      <Notice>{plan.notForScreening}</Notice>

      <section aria-labelledby="objectives-heading">
        <h2 id="objectives-heading" className="text-2xl font-semibold">
          Objectives
        </h2>
        <p className="mt-2">By the end of the class:</p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {plan.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="prepare-heading">
        <h2 id="prepare-heading" className="text-2xl font-semibold">
          What to prepare
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {plan.prepare.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading" className="text-2xl font-semibold">
          The class, step by step ({plan.classMinutes} minutes)
        </h2>
        <ol className="mt-3 space-y-6">
          {plan.steps.map((step) => (
            <li key={step.id} aria-labelledby={`step-${step.id}`}>
              <h3 id={`step-${step.id}`} className="text-xl font-semibold">
                <span className="font-mono text-base">
                  {step.from}–{step.to} min
                </span>{' '}
                {step.title} ({step.minutes} minutes)
              </h3>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {step.activities.map((activity) => (
                  <li key={activity}>{activity}</li>
                ))}
              </ul>
              <StepExtra step={step} plan={plan} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
