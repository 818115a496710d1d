import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import { formatLocale, formatMessage, type Locale } from '@/lib/i18n';
import type { Messages } from '@/lib/i18n/messages';
import type { LinkedPage, OutcomeDetails, ResultCertainty, ScoredResult } from '@/lib/quiz';
import { SECONDARY_BUTTON } from './button-styles';
import { routesFor } from '@/lib/routes';

type ResultWords = Messages['quiz']['result'];

function headline(
  result: ScoredResult,
  certainty: ResultCertainty,
  contenders: readonly OutcomeDetails[],
  top: OutcomeDetails,
  { locale, words }: { locale: Locale; words: ResultWords },
): string {
  const names = new Intl.ListFormat(formatLocale(locale), {
    style: 'long',
    type: 'conjunction',
  }).format(contenders.map((outcome) => outcome.name));
  if (certainty.level === 'split') return formatMessage(words.headlineSplit, { names });
  if (certainty.level === 'clear') return top.name;
  if (contenders.length > 1) return formatMessage(words.headlineEarlySplit, { names });
  return formatMessage(result.answered === 1 ? words.headlineOneAnswer : words.headlineEarlyLean, {
    name: top.name,
  });
}

/** "read both", "read all three": the outcomes the reader should look at, by how many there are. */
function readWhich(count: number, words: ResultWords): string {
  return count >= 4 ? words.readFour : count === 3 ? words.readThree : words.readTwo;
}

/** The sentences after the answer count: how many more answers a clear result needs, or what to read. */
function caveat(
  result: ScoredResult,
  certainty: ResultCertainty,
  contenders: number,
  words: ResultWords,
): string | null {
  if (certainty.level === 'few-answers') {
    return formatMessage(words.clearNeeds, {
      needed: result.answered + certainty.missing,
      missing: certainty.missing,
    });
  }
  if (certainty.level === 'split') {
    return formatMessage(words.readBeforeChoosing, { which: readWhich(contenders, words) });
  }
  return null;
}

/** "Read what the work is like: Medical coder", linked to the role's page. */
function ReadWorkLike({
  role,
  locale,
  words,
}: {
  role: LinkedPage;
  locale: Locale;
  words: ResultWords;
}) {
  return (
    <p className="print:hidden">
      <RichText
        text={formatMessage(words.readWorkLike, { name: role.name })}
        tags={{ role: (name) => <Link href={routesFor(locale).role(role.slug)}>{name}</Link> }}
      />
    </p>
  );
}

interface ResultHeadlineProps {
  result: ScoredResult;
  certainty: ResultCertainty;
  /** The contenders' details, top outcome first. */
  contenders: readonly OutcomeDetails[];
  /** Where to change the answers, when this version of the quiz can still be edited. */
  editHref: string | undefined;
  locale: Locale;
  words: ResultWords;
}

/**
 * The first thing on the result page: a best fit only when the answers make one clear; otherwise
 * it says in words that the result is an early lean or a split, and which outcomes to read.
 */
export function ResultHeadline({
  result,
  certainty,
  contenders,
  editHref,
  locale,
  words,
}: ResultHeadlineProps) {
  const [top] = contenders;
  if (top === undefined) return null;
  const split = contenders.length > 1;
  const eyebrow = {
    clear: words.eyebrowClear,
    split: words.eyebrowSplit,
    'few-answers': words.eyebrowFewAnswers,
  }[certainty.level];
  const more = caveat(result, certainty, contenders.length, words);
  return (
    <section aria-labelledby="result-outcome" className="max-w-3xl">
      <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">
        {eyebrow}
      </p>
      <h2 id="result-outcome" className="mt-1 text-2xl font-bold sm:text-3xl print:text-2xl">
        {headline(result, certainty, contenders, top, { locale, words })}
      </h2>
      <p className="mt-2 font-medium print:mt-1 print:text-sm">
        {formatMessage(words.youAnswered, {
          answered: result.answered,
          total: result.questionCount,
        })}
        {more === null ? '' : ` ${more}`}
      </p>
      {certainty.level === 'few-answers' && editHref !== undefined ? (
        <p className="mt-3 print:hidden">
          {/* A full page load, like "Edit my answers" (see result-actions.tsx). */}
          <a href={editHref} className={SECONDARY_BUTTON}>
            {words.answerMoreQuestions}
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
                <ReadWorkLike role={outcome.role} locale={locale} words={words} />
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
