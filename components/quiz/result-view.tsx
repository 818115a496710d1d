import { Link } from '@/components/ui/link';
import type { OutcomeDetails, OutcomeNames, ResultCertainty, ScoredResult } from '@/lib/quiz';
import { ResultChart } from './result-chart';
import { ResultHeadline } from './result-headline';
import { routes } from '@/lib/routes';

interface ResultViewProps {
  result: ScoredResult;
  certainty: ResultCertainty;
  /** Every outcome's details; the headline and next steps pick theirs by id. */
  outcomes: readonly OutcomeDetails[];
  names: OutcomeNames;
  editHref: string | undefined;
}

/**
 * A scored result: the best fit (or why there is no clear one), the split, each answer's push and
 * reason, and what to do next.
 */
/** The plan form's path for an outcome: the hybrid and nearby results let the reader choose. */
function planPathOf(outcome: string): 'coding' | 'billing' | undefined {
  return outcome === 'coding' || outcome === 'billing' ? outcome : undefined;
}

export function ResultView({ result, certainty, outcomes, names, editHref }: ResultViewProps) {
  const contenders = certainty.contenders.flatMap(
    (id) => outcomes.find((details) => details.id === id) ?? [],
  );
  const [outcome] = contenders;
  if (outcome === undefined) return null;
  return (
    <>
      <ResultHeadline
        result={result}
        certainty={certainty}
        contenders={contenders}
        editHref={editHref}
      />

      <ResultChart percentages={result.percentages} names={names} />

      <section aria-labelledby="result-why" className="mt-10 max-w-3xl print:mt-3">
        <h2 id="result-why" className="text-2xl font-semibold print:text-base">
          Why: your answers and where they pointed
        </h2>
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
            From here to a first job, with months and cost:{' '}
            <Link href={routes.plan(planPathOf(outcome.id))}>Make my plan</Link>.
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
