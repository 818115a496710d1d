'use client';

import {
  decodeAnswers,
  readResultCode,
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

interface ResultIslandProps {
  /** Every released version: a link is scored with the version it was made with. */
  definitions: readonly QuizDefinition[];
  outcomes: readonly OutcomeDetails[];
}

/** Reads the result code from the address and shows the result, or says why it cannot. */
export function ResultIsland({ definitions, outcomes }: ResultIslandProps) {
  const fragment = useLocationFragment();
  if (fragment === null) return null;

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

  const outcome = outcomes.find((details) => details.id === result.top);
  if (outcome === undefined) return null;
  // The link is written afresh from the decoded answers: nothing from the address is shown.
  const link = new URL(resultHref(decoded.definition, decoded.answers), window.location.href).href;
  return (
    <>
      <ResultView result={result} outcome={outcome} names={outcomeNames(outcomes)} />
      <ResultActions link={link} outcomeName={outcome.name} />
      <p className="mt-6 hidden text-sm print:mt-3 print:block">Open this result again at {link}</p>
    </>
  );
}
