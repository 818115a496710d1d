'use client';

import { useLayoutEffect } from 'react';
import { formatMessage, type Locale } from '@/lib/i18n';
import type { Messages } from '@/lib/i18n/messages';
import {
  decodeAnswers,
  editAnswersHref,
  latestVersion,
  readResultCode,
  resultCertainty,
  resultHref,
  problemMessage,
  outcomeNames,
  scoreAnswers,
  type OutcomeDetails,
  type QuizDefinition,
} from '@/lib/quiz';
import { LinkProblem } from './link-problem';
import { ResultActions } from './result-actions';
import { ResultView } from './result-view';
import { useLocationFragment } from '@/components/ui/use-location';
import { routesFor } from '@/lib/routes';

interface ResultIslandProps {
  /** Every released version: a link is scored with the version it was made with. */
  definitions: readonly QuizDefinition[];
  outcomes: readonly OutcomeDetails[];
  /** The page's language; the result link it hands out opens in it. */
  locale: Locale;
  words: Pick<Messages['quiz'], 'result' | 'keep' | 'problems'>;
}

/**
 * Opens the page at the top when it was reached by a link inside the site. Next.js scrolls to a
 * fragment's element instead of the top, and "#r=..." names none, so "See my result" would open the
 * page as far down as the quiz was. A page loaded directly (or reloaded) keeps the browser's scroll.
 */
function useOpenAtTop() {
  useLayoutEffect(() => {
    const [loaded] = performance.getEntriesByType('navigation');
    if (loaded !== undefined && new URL(loaded.name).pathname !== window.location.pathname) {
      window.scrollTo(0, 0);
    }
  }, []);
}

/** Reads the result code from the address and shows the result, or says why it cannot. */
export function ResultIsland({ definitions, outcomes, locale, words }: ResultIslandProps) {
  useOpenAtTop();
  const fragment = useLocationFragment();
  const links = routesFor(locale);
  const resultPath = links.quizResult().replace(/\/$/, '');
  // On a client-side navigation this page renders once before Next.js changes the address, so that
  // render sees the quiz's fragment, which would flash "does not work": wait for this page's own.
  // (A prefix, as a host may serve the page without its trailing slash or as .../index.html.)
  if (fragment === null || !window.location.pathname.startsWith(resultPath)) return null;

  const { result: resultWords } = words;
  const quiz = { href: links.quiz(), label: resultWords.startQuiz };
  const decoded = decodeAnswers(readResultCode(fragment), definitions);
  if (!decoded.ok) {
    return (
      <LinkProblem title={resultWords.brokenLinkTitle} alert quiz={quiz}>
        <p>{problemMessage(decoded.error, words.problems)}</p>
        <p>{resultWords.brokenLinkAdvice}</p>
      </LinkProblem>
    );
  }

  const result = scoreAnswers(decoded.definition, decoded.answers);
  if (result.kind === 'no-answers') {
    return (
      <LinkProblem title={resultWords.noAnswersTitle} alert={false} quiz={quiz}>
        <p>{resultWords.noAnswersText}</p>
      </LinkProblem>
    );
  }

  const certainty = resultCertainty(result, decoded.definition.certainty);
  const outcome = outcomes.find((details) => details.id === result.top);
  if (outcome === undefined) return null;
  // The quiz page only takes answers of its own (the newest) version, so an older result is
  // retaken rather than edited.
  const editHref =
    decoded.definition.version === latestVersion(definitions)?.version
      ? editAnswersHref(decoded.definition, decoded.answers, locale)
      : undefined;
  // The link is written afresh from the decoded answers: nothing from the address is shown.
  const link = new URL(
    resultHref(decoded.definition, decoded.answers, locale),
    window.location.href,
  ).href;
  return (
    <>
      <ResultView
        result={result}
        certainty={certainty}
        outcomes={outcomes}
        names={outcomeNames(outcomes)}
        editHref={editHref}
        locale={locale}
        words={resultWords}
      />
      <ResultActions
        link={link}
        outcomeName={outcome.name}
        editHref={editHref}
        locale={locale}
        words={resultWords}
        keepWords={words.keep}
      />
      <p className="mt-6 hidden text-sm print:mt-3 print:block">
        {formatMessage(resultWords.openAgainAt, { link })}
      </p>
    </>
  );
}
