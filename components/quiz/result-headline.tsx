import { Link } from '@/components/ui/link';
import type { OutcomeDetails, ResultCertainty, ScoredResult } from '@/lib/quiz';
import { SECONDARY_BUTTON } from './button-styles';
import { routes } from '@/lib/routes';

const NAME_LIST = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
/** "read both", "read all three": the outcomes the reader should look at, by how many there are. */
const READ_ALL = ['', '', 'both', 'all three', 'all four'];

function headline(
  result: ScoredResult,
  certainty: ResultCertainty,
  contenders: readonly OutcomeDetails[],
  top: OutcomeDetails,
): string {
  const names = NAME_LIST.format(contenders.map((outcome) => outcome.name));
  if (certainty.level === 'split') return `Your answers split between ${names}`;
  if (certainty.level === 'clear') return top.name;
  if (contenders.length > 1) return `Your first answers split between ${names}`;
  return result.answered === 1
    ? `Your one answer leans toward ${top.name}`
    : `Your first answers lean toward ${top.name}`;
}

interface ResultHeadlineProps {
  result: ScoredResult;
  certainty: ResultCertainty;
  /** The contenders' details, top outcome first. */
  contenders: readonly OutcomeDetails[];
  /** Where to change the answers, when this version of the quiz can still be edited. */
  editHref: string | undefined;
}

/**
 * The first thing on the result page: a best fit only when the answers make one clear; otherwise
 * it says in words that the result is an early lean or a split, and which outcomes to read.
 */
export function ResultHeadline({ result, certainty, contenders, editHref }: ResultHeadlineProps) {
  const [top] = contenders;
  if (top === undefined) return null;
  const split = contenders.length > 1;
  const eyebrow = {
    clear: 'Your best fit',
    split: 'No single best fit',
    'few-answers': 'Too few answers for a clear result',
  }[certainty.level];
  return (
    <section aria-labelledby="result-outcome" className="max-w-3xl">
      <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
        {eyebrow}
      </p>
      <h2 id="result-outcome" className="mt-1 text-2xl font-bold sm:text-3xl print:text-2xl">
        {headline(result, certainty, contenders, top)}
      </h2>
      <p className="mt-2 font-medium print:mt-1 print:text-sm">
        You answered {result.answered} of {result.questionCount} questions.
        {certainty.level === 'few-answers'
          ? ` A clear result needs at least ${result.answered + certainty.missing} answers: answer ${certainty.missing} more to see where you fit.`
          : ''}
        {certainty.level === 'split'
          ? ` Read ${READ_ALL[contenders.length]} before you choose.`
          : ''}
      </p>
      {certainty.level === 'few-answers' && editHref !== undefined ? (
        <p className="mt-3 print:hidden">
          {/* A full page load, like "Edit my answers" (see result-actions.tsx). */}
          <a href={editHref} className={SECONDARY_BUTTON}>
            Answer more questions
          </a>
        </p>
      ) : null}
      {split ? (
        <ul className="mt-4 space-y-3 print:hidden">
          {contenders.map((outcome) => (
            <li key={outcome.id} className="border-l-4 border-slate-300 pl-3 dark:border-slate-600">
              <h3 className="font-semibold">{outcome.name}</h3>
              <p className="text-slate-700 dark:text-slate-300">{outcome.summary}</p>
              {outcome.role === undefined ? null : (
                <p className="print:hidden">
                  Read what the work is like:{' '}
                  <Link href={routes.role(outcome.role.slug)}>{outcome.role.name}</Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-lg text-slate-700 dark:text-slate-300 print:mt-1 print:text-sm">
          {top.summary}
        </p>
      )}
    </section>
  );
}
