import { Link } from '@/components/ui/link';
import type { OutcomeDetails, OutcomeNames, ScoredResult } from '@/lib/quiz';
import { ResultChart } from './result-chart';
import { routes } from '@/lib/routes';

interface ResultViewProps {
  result: ScoredResult;
  outcome: OutcomeDetails;
  names: OutcomeNames;
}

/** A scored result: the best fit, the split, each answer's push and reason, and what to do next. */
export function ResultView({ result, outcome, names }: ResultViewProps) {
  const skipped = result.questionCount - result.answered;
  return (
    <>
      <section aria-labelledby="result-outcome" className="max-w-3xl">
        <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
          Your best fit
        </p>
        <h2 id="result-outcome" className="mt-1 text-2xl font-bold sm:text-3xl print:text-2xl">
          {outcome.name}
        </h2>
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300 print:mt-1 print:text-sm">
          {outcome.summary}
        </p>
      </section>

      <ResultChart percentages={result.percentages} names={names} />

      <section aria-labelledby="result-why" className="mt-10 max-w-3xl print:mt-3">
        <h2 id="result-why" className="text-2xl font-semibold print:text-base">
          Why: your answers and where they pointed
        </h2>
        <p className="mt-2 print:mt-0 print:text-sm">
          You answered {result.answered} of {result.questionCount} questions
          {skipped > 0 ? ` and skipped ${skipped}` : ''}.
        </p>
        {/* On paper each answer shrinks to where it pointed and why, so the page stays one sheet. */}
        <ol className="mt-4 space-y-4 print:mt-2 print:columns-2 print:gap-6 print:space-y-0 print:text-[11px] print:leading-snug">
          {result.pushes.map((push) => (
            <li
              key={push.questionIndex}
              className="break-inside-avoid border-l-4 border-slate-300 pl-3 dark:border-slate-600 print:mb-1"
            >
              <p className="text-sm text-slate-600 dark:text-slate-300 print:hidden">
                Question {push.questionIndex + 1}: {push.prompt}
              </p>
              <p className="font-medium print:hidden">You chose: {push.optionLabel}</p>
              <p>
                <span className="hidden print:inline">Q{push.questionIndex + 1}. </span>
                <span className="font-semibold">
                  Points to: {push.toward.map((id) => names[id]).join(' and ')}.
                </span>{' '}
                {push.reason}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="result-next" className="mt-10 max-w-3xl print:mt-3 print:text-sm">
        <h2 id="result-next" className="text-2xl font-semibold print:text-base">
          Next steps
        </h2>
        <ul className="mt-3 list-disc space-y-2 pl-5 print:mt-1 print:space-y-0">
          {outcome.role === undefined ? null : (
            <li>
              Read what the work is really like:{' '}
              <Link href={routes.role(outcome.role.slug)}>{outcome.role.name}</Link>.
            </li>
          )}
          <li>
            First certification to look at:{' '}
            <Link href={routes.certification(outcome.firstCertification.slug)}>
              {outcome.firstCertification.name}
            </Link>
            .
          </li>
          <li>
            See both careers side by side:{' '}
            <Link href={routes.compare()}>compare coding and billing</Link>.
          </li>
        </ul>
        <h3 className="mt-6 font-semibold print:mt-1 print:inline">Job titles to search for</h3>
        <ul className="mt-2 flex flex-wrap gap-2 print:mt-0 print:ml-2 print:inline print:gap-0">
          {outcome.jobTitles.map((job) => (
            <li
              key={job.slug}
              className="print:inline print:after:content-[',_'] print:last:after:content-['.']"
            >
              <Link
                href={routes.job(job.slug)}
                className="inline-block rounded-full border border-slate-300 px-3 py-1 dark:border-slate-600 print:border-0 print:px-0 print:py-0"
              >
                {job.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
