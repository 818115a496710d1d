'use client';

import { useEffect, useReducer, useRef, useState } from 'react';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from '@/components/quiz/button-styles';
import { useLocationFragment } from '@/components/ui/use-location';
import { formatMessage, type Locale } from '@/lib/i18n';
import {
  CHECK_FRAGMENT,
  answersReducer,
  checklistQuestions,
  decodeAnswers,
  encodeAnswers,
  formatCount,
  summarize,
  type Checklist,
  type ChecklistLabels,
} from '@/lib/training-check';
import { ChecklistQuestions } from './checklist-questions';
import { ChecklistSummaryView } from './checklist-summary';
import type { ReadNextLabels } from './read-next';

interface ChecklistProps {
  checklist: Checklist;
  /** The island's words in the page's language, from the server (no catalog in the browser). */
  labels: ChecklistLabels;
  readNext: ReadNextLabels;
  locale: Locale;
}

/**
 * The training checklist. It waits for the address, where answers given earlier are kept (the
 * fragment, which is never sent anywhere), and opens on their summary when there are some.
 */
export function ChecklistIsland(props: ChecklistProps) {
  const fragment = useLocationFragment();
  if (fragment === null) return null;
  return <ChecklistRunner {...props} savedFragment={fragment} />;
}

function ChecklistRunner({
  checklist,
  labels,
  readNext,
  locale,
  savedFragment,
}: ChecklistProps & { savedFragment: string }) {
  const [answers, dispatch] = useReducer(answersReducer, savedFragment, (fragment) =>
    decodeAnswers(checklist, fragment),
  );
  const [summaryShown, setSummaryShown] = useState(() => Object.keys(answers).length > 0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moveToSummary = useRef(false);
  const total = checklistQuestions(checklist).length;
  const answered = Object.keys(answers).length;

  // The address keeps the answers, so a reload or a printed link brings them back. Another
  // fragment (a link to a part of the page) is left alone until there is an answer to keep.
  useEffect(() => {
    const fragment = encodeAnswers(checklist, answers);
    const { pathname, search, hash } = window.location;
    if (fragment === hash || (fragment === '' && !hash.startsWith(CHECK_FRAGMENT))) return;
    window.history.replaceState(window.history.state, '', fragment || `${pathname}${search}`);
  }, [checklist, answers]);

  // Once the summary is asked for, its heading takes focus so a screen reader reads it next.
  useEffect(() => {
    if (!moveToSummary.current) return;
    moveToSummary.current = false;
    headingRef.current?.focus();
  });

  return (
    <div className="max-w-3xl">
      <form
        aria-label={labels.formLabel}
        className="print:group-has-[[data-training-summary]]/check:hidden"
        onSubmit={(event) => {
          event.preventDefault();
          moveToSummary.current = true;
          setSummaryShown(true);
        }}
      >
        <ChecklistQuestions
          groups={checklist.groups}
          answers={answers}
          onAnswer={(question, answer) => dispatch({ type: 'answer', question, answer })}
          answerLabels={labels.answer}
        />
        <div className="mt-6 flex flex-wrap items-center gap-3 print:hidden">
          <button type="submit" className={PRIMARY_BUTTON}>
            {labels.showSummary}
          </button>
          <button
            type="button"
            onClick={() => {
              dispatch({ type: 'clear' });
              setSummaryShown(false);
            }}
            className={SECONDARY_BUTTON}
          >
            {labels.clearAnswers}
          </button>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {formatMessage(labels.answeredCount, {
              answered: formatCount(answered, locale),
              total: formatCount(total, locale),
            })}
          </p>
        </div>
      </form>
      {summaryShown ? (
        <ChecklistSummaryView
          summary={summarize(checklist, answers)}
          headingRef={headingRef}
          labels={labels}
          readNext={readNext}
          locale={locale}
        />
      ) : null}
    </div>
  );
}
