import { Link } from '@/components/ui/link';
import { Notice } from '@/components/ui/notice';
import { RichText } from '@/components/ui/rich-text';
import type { LessonPlanView, TimedStep } from '@/lib/counselors';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages, type Messages } from '@/lib/i18n/messages';
import { OutcomeGuides } from './outcome-guides';

type Words = Messages['counselors'];

/** What a step links to beside its activities: the quiz, or the class summary. */
function StepExtra({ step, plan, words }: { step: TimedStep; plan: LessonPlanView; words: Words }) {
  switch (step.id) {
    case 'quiz':
      return (
        <p className="mt-2">
          <RichText
            text={words.lessonPlan.stepQuiz}
            tags={{
              quiz: (text) => <Link href={plan.quizHref}>{text}</Link>,
              handout: (text) => <Link href={plan.handoutHref}>{text}</Link>,
            }}
          />
        </p>
      );
    case 'pairs':
      return (
        <section aria-labelledby="prompts-heading" className="mt-3">
          <h4 id="prompts-heading" className="font-semibold">
            {words.lessonPlan.stepPromptsHeading}
          </h4>
          <OutcomeGuides
            guides={plan.outcomes}
            detail="discussion"
            headingLevel={5}
            readNext={words.guides.readNext}
          />
        </section>
      );
    case 'summary':
      return (
        <p className="mt-2">
          <RichText
            text={words.lessonPlan.stepSummary}
            tags={{ summary: (text) => <Link href={plan.classSummaryHref}>{text}</Link> }}
          />
        </p>
      );
    default:
      return null;
  }
}

export function LessonPlan({ plan, locale }: { plan: LessonPlanView; locale: Locale }) {
  const words = getMessages(locale).counselors;
  const m = words.lessonPlan;
  return (
    <div className="max-w-3xl space-y-10 print:space-y-6">
      <Notice>{plan.notForScreening}</Notice>

      <section aria-labelledby="objectives-heading">
        <h2 id="objectives-heading" className="text-2xl font-semibold">
          {m.objectivesHeading}
        </h2>
        <p className="mt-2">{m.byTheEnd}</p>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {plan.objectives.map((objective) => (
            <li key={objective}>{objective}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="prepare-heading">
        <h2 id="prepare-heading" className="text-2xl font-semibold">
          {m.prepareHeading}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {plan.prepare.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading" className="text-2xl font-semibold">
          {formatMessage(m.stepsHeading, { minutes: plan.classMinutes })}
        </h2>
        <ol className="mt-3 space-y-6">
          {plan.steps.map((step) => (
            <li key={step.id} aria-labelledby={`step-${step.id}`}>
              <h3 id={`step-${step.id}`} className="text-xl font-semibold">
                <span className="font-mono text-base">
                  {formatMessage(m.stepTime, { from: step.from, to: step.to })}
                </span>{' '}
                {formatMessage(m.stepTitle, { title: step.title, minutes: step.minutes })}
              </h3>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {step.activities.map((activity) => (
                  <li key={activity}>{activity}</li>
                ))}
              </ul>
              <StepExtra step={step} plan={plan} words={words} />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
