'use client';
// One case at a time: pick an answer by keyboard or pointer, Check, read why, go on; at the end the
// score and "how did that feel?". State lives in a pure reducer (lib/try-work); nothing is sent or
// stored. Used by both sets.
import { useEffect, useReducer, useRef, type FormEvent } from 'react';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from '@/components/quiz/button-styles';
import { formatMessage } from '@/lib/i18n';
import {
  answerOption,
  FEELINGS,
  initialTryRun,
  isRightAnswer,
  scoreOf,
  summaryOf,
  tryRunReducer,
  type TryCaseWords,
  type TryEndWords,
  type TrySetView,
} from '@/lib/try-work';
import { CaseNote, CaseReason, OptionText } from './case-parts';

const OPTION_LABEL =
  'flex cursor-pointer items-start gap-3 rounded-lg border border-slate-300 px-3 py-2.5 hover:border-blue-700 has-checked:border-blue-700 has-checked:bg-blue-50 has-disabled:cursor-default sm:p-3 dark:border-slate-600 dark:hover:border-sky-300 dark:has-checked:border-sky-300 dark:has-checked:bg-sky-950';
const RADIO = 'mt-1 size-5 shrink-0 accent-blue-700 dark:accent-sky-300';

/** `words` are the tryWork catalog's strings for the page's language, passed in by the page. */
export function TrySetIsland({
  view,
  words,
}: {
  view: Pick<TrySetView, 'cases' | 'feelings'>;
  words: { case: TryCaseWords; end: TryEndWords };
}) {
  const [state, dispatch] = useReducer(tryRunReducer, initialTryRun);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  // What was on screen at the last focus move: the first case on load does not take focus.
  const shown = useRef('0-false');
  const { cases } = view;
  const item = cases[state.index];

  // A new case or the end takes focus at its heading, so a screen reader starts there; not on load.
  useEffect(() => {
    const now = `${state.index}-${state.finished}`;
    if (now !== shown.current) headingRef.current?.focus();
    shown.current = now;
  }, [state.index, state.finished]);
  // The explanation takes focus when it appears, so it is read out at once.
  useEffect(() => {
    if (state.checked) resultRef.current?.focus();
  }, [state.checked]);

  if (state.finished || item === undefined) {
    const summary = summaryOf(
      scoreOf(cases, state.answers),
      state.feeling,
      view.feelings,
      words.end,
    );
    return (
      <section aria-labelledby="try-live-score" className="max-w-3xl">
        <h2 id="try-live-score" ref={headingRef} tabIndex={-1} className="text-2xl font-semibold">
          {words.end.yourScore}
        </h2>
        <p className="mt-2 text-lg font-semibold">{summary.scoreLine}</p>
        <p className="mt-1">{summary.scoreNote}</p>
        <fieldset className="mt-6">
          <legend className="text-lg font-semibold">{words.end.feelHeading}</legend>
          <div className="mt-2 space-y-2">
            {FEELINGS.map((feeling) => (
              <label key={feeling} className={OPTION_LABEL}>
                <input
                  type="radio"
                  name="try-feeling"
                  value={feeling}
                  checked={state.feeling === feeling}
                  onChange={() => dispatch({ type: 'feel', feeling })}
                  className={RADIO}
                />
                <span>{words.end.feelings[feeling]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div aria-live="polite" className="mt-3">
          {summary.suggestion === null ? null : (
            <p>
              <strong>{words.end.suggests}</strong> {summary.suggestion}
            </p>
          )}
        </div>
        <button
          type="button"
          onClick={() => dispatch({ type: 'restart' })}
          className={`mt-6 print:hidden ${SECONDARY_BUTTON}`}
        >
          {words.end.startAgain}
        </button>
      </section>
    );
  }

  const last = state.index + 1 === cases.length;
  const answer = answerOption(item);
  const onCheck = (event: FormEvent) => {
    event.preventDefault();
    dispatch({ type: 'check', caseId: item.id });
  };
  return (
    <section aria-labelledby="try-live-case" className="max-w-3xl">
      <h2 id="try-live-case" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
        {formatMessage(words.case.headingOf, {
          number: state.index + 1,
          total: cases.length,
          title: item.title,
        })}
      </h2>
      <CaseNote item={item} />
      <form onSubmit={onCheck} className="mt-4">
        <fieldset>
          <legend className="font-semibold">{item.question}</legend>
          <div className="mt-2 space-y-2">
            {item.options.map((option) => (
              <label key={option.id} className={OPTION_LABEL}>
                <input
                  type="radio"
                  name={`try-${item.id}`}
                  value={option.id}
                  checked={state.choice === option.id}
                  disabled={state.checked}
                  onChange={() => dispatch({ type: 'choose', option: option.id })}
                  className={RADIO}
                />
                <OptionText option={option} />
              </label>
            ))}
          </div>
        </fieldset>
        {state.checked ? null : (
          <button
            type="submit"
            disabled={state.choice === null}
            className={`mt-4 print:hidden ${PRIMARY_BUTTON}`}
          >
            {words.case.check}
          </button>
        )}
      </form>
      {state.checked && state.choice !== null ? (
        <div
          ref={resultRef}
          tabIndex={-1}
          className="mt-4 rounded-lg border-2 border-slate-400 p-4 dark:border-slate-500"
        >
          <p className="font-semibold">
            {isRightAnswer(item, state.choice) ? words.case.right : words.case.notQuite}{' '}
            {answer === undefined ? null : (
              <>
                {words.case.theAnswer} <OptionText option={answer} />
              </>
            )}
          </p>
          <CaseReason item={item} words={words.case} picked={state.choice} />
          <button
            type="button"
            onClick={() => dispatch({ type: 'next', total: cases.length })}
            className={`mt-4 print:hidden ${PRIMARY_BUTTON}`}
          >
            {last ? words.case.seeScore : words.case.nextCase}
          </button>
        </div>
      ) : null}
    </section>
  );
}
