'use client';

import { useLayoutEffect } from 'react';
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
import { routes } from '@/lib/routes';

const RESULT_PATH = routes.quizResult().replace(/\/$/, '');

interface ResultIslandProps {
  /** Every released version: a link is scored with the version it was made with. */
  definitions: readonly QuizDefinition[];
  outcomes: readonly OutcomeDetails[];
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
export function ResultIsland({ definitions, outcomes }: ResultIslandProps) {
  useOpenAtTop();
  const fragment = useLocationFragment();
  // On a client-side navigation this page renders once before Next.js changes the address, so that
  // render sees the quiz's fragment, which would flash "does not work": wait for this page's own.
  // (A prefix, as a host may serve the page without its trailing slash or as .../index.html.)
  if (fragment === null || !window.location.pathname.startsWith(RESULT_PATH)) return null;

  const decoded = decodeAnswers(readResultCode(fragment), definitions);
  if (!decoded.ok) {
    return (
      <LinkProblem title="This result link does not work" alert>
        <p>{problemMessage(decoded.error)}</p>
        <p>Ask whoever sent it for a fresh copy of the link, or take the quiz yourself.</p>
      </LinkProblem>
    );
  }

  const result = scoreAnswers(decoded.definition, decoded.answers);
  if (result.kind === 'no-answers') {
    return (
      <LinkProblem title="No answers to score" alert={false}>
        <p>Every question was skipped, so there is no result to show. Try the quiz again.</p>
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
      ? editAnswersHref(decoded.definition, decoded.answers)
      : undefined;
  // The link is written afresh from the decoded answers: nothing from the address is shown.
  const link = new URL(resultHref(decoded.definition, decoded.answers), window.location.href).href;
  return (
    <>
      <ResultView
        result={result}
        certainty={certainty}
        outcomes={outcomes}
        names={outcomeNames(outcomes)}
        editHref={editHref}
      />
      <ResultActions link={link} outcomeName={outcome.name} editHref={editHref} />
      <p className="mt-6 hidden text-sm print:mt-3 print:block">Open this result again at {link}</p>
    </>
  );
}
