'use client';

import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import { formatMessage, type Locale } from '@/lib/i18n';
import type { Messages } from '@/lib/i18n/messages';
import { useRouter } from 'next/navigation';
import { useEffect, useReducer, useRef } from 'react';
import {
  PROGRESS_STORAGE_KEY,
  progressFragment,
  quizEntryState,
  readQuestion,
  resultHref,
  resultReadiness,
  startingProgress,
  answeredCount,
  initialQuizState,
  isLastQuestion,
  quizReducer,
  type QuizAction,
  type QuizState,
  type QuizDefinition,
} from '@/lib/quiz';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from './button-styles';
import { QuestionJumpList } from './question-jump-list';
import { QuestionStep } from './question-step';
import { useLocationFragment } from '@/components/ui/use-location';

interface QuizProps {
  quiz: QuizDefinition;
  /** The page's language: the result opens in it. */
  locale: Locale;
  words: Messages['quiz']['runner'];
}

/** The quiz, one question at a time. It waits for the address so that saved answers come back. */
export function QuizIsland(props: QuizProps) {
  const fragment = useLocationFragment();
  if (fragment === null) return null;
  return <QuizRunner {...props} savedFragment={fragment} />;
}

// Session storage can be turned off or full; the address still holds the answers then.
function readStored(): string | null {
  try {
    return window.sessionStorage.getItem(PROGRESS_STORAGE_KEY);
  } catch {
    return null;
  }
}

function store(fragment: string) {
  try {
    window.sessionStorage.setItem(PROGRESS_STORAGE_KEY, fragment);
  } catch {
    // Nothing to do: see readStored.
  }
}

function startState(quiz: QuizDefinition, fragment: string): QuizState {
  const fresh = initialQuizState(quiz.questions.map((question) => question.options.length));
  const saved = startingProgress(
    { fragment, stored: readStored(), historyState: window.history.state },
    quiz,
  );
  return saved === null ? fresh : quizReducer(fresh, { type: 'restore', ...saved });
}

/** The result opens at its top, whatever the quiz page's scroll position was. */
function scrollToTop() {
  window.scrollTo(0, 0);
}

function QuizRunner({ quiz, locale, words, savedFragment }: QuizProps & { savedFragment: string }) {
  const [state, dispatch] = useReducer(quizReducer, savedFragment, (fragment) =>
    startState(quiz, fragment),
  );
  const router = useRouter();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // The question the current history entry is for, and whether the browser's Back or Forward
  // brought it (then there is no new entry to add).
  const entryQuestion = useRef<number | null>(null);
  const followingHistory = useRef(false);
  const { answers, current } = state;
  const question = quiz.questions[current];
  const answer = answers[current] ?? null;
  const finishHref = resultHref(quiz, answers, locale);

  // The address and this tab's storage always hold the answers so far, so a reload, a shared link
  // or a visit to another page resumes the quiz. Each question gets its own history entry.
  useEffect(() => {
    const fragment = progressFragment(quiz, answers, current);
    store(fragment);
    const newStep =
      entryQuestion.current !== null &&
      entryQuestion.current !== current &&
      !followingHistory.current;
    if (newStep) window.history.pushState(quizEntryState(), '', fragment);
    else window.history.replaceState(quizEntryState(), '', fragment);
    entryQuestion.current = current;
    followingHistory.current = false;
  }, [quiz, answers, current]);

  // Back and Forward go to the question of their entry; the answers stay the newest ones.
  useEffect(() => {
    function onPopState() {
      const question = readQuestion(window.location.hash, quiz);
      if (question === null || question === entryQuestion.current) return;
      followingHistory.current = true;
      moved.current = true;
      dispatch({ type: 'go-to', question });
    }
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [quiz]);

  // After moving to another question, focus its heading so screen readers announce it.
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    headingRef.current?.focus();
  });

  function move(action: QuizAction) {
    moved.current = true;
    dispatch(action);
  }

  if (question === undefined) return null;
  const last = isLastQuestion(state);
  const answered = answeredCount(state);
  // A result needs enough answers to mean something; until then the last step leads back to the
  // first question skipped, and says how many answers are still missing.
  const readiness = resultReadiness(answers, quiz);
  const firstSkipped = answers.findIndex((choice) => choice === null);

  return (
    // Past the first question the page's intro hides (app/_pages/quiz.tsx), so options come first.
    <div className="max-w-2xl" data-quiz-started={current > 0 ? '' : undefined}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (last && readiness.ready) {
            scrollToTop();
            router.push(finishHref, { scroll: false });
          } else if (last) move({ type: 'go-to', question: Math.max(firstSkipped, 0) });
          else move({ type: 'forward' });
        }}
      >
        <QuestionStep
          heading={words.questionOf}
          question={question}
          number={current + 1}
          total={quiz.questions.length}
          answer={answer}
          onAnswer={(option) => dispatch({ type: 'answer', option })}
          headingRef={headingRef}
        />
        {/* On a phone the actions stick to the bottom of the screen while the question is taller
            than it; being sticky, not fixed, the bar never covers the end of the page. */}
        <div className="sticky bottom-0 z-10 -mx-4 mt-4 border-t border-slate-200 bg-white px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] sm:static sm:mx-0 sm:mt-6 sm:border-0 sm:bg-transparent sm:p-0 dark:border-slate-700 dark:bg-slate-950 sm:dark:bg-transparent">
          <div className="flex items-center gap-3">
            <button
              type="button"
              onClick={() => move({ type: 'back' })}
              disabled={current === 0}
              className={SECONDARY_BUTTON}
            >
              {words.back}
            </button>
            <p className="flex-1 text-center text-sm text-slate-700 sm:order-last sm:text-left dark:text-slate-300">
              {formatMessage(words.answeredOf, { count: answered, total: quiz.questions.length })}
            </p>
            {last && !readiness.ready ? (
              <button type="submit" className={PRIMARY_BUTTON}>
                <RichText
                  text={formatMessage(words.answerMore, { count: readiness.missing })}
                  tags={{ hidden: (hidden) => <span className="sr-only">{hidden}</span> }}
                />
              </button>
            ) : last ? (
              // No prefetch: the address changes with every answer, and each prefetch would send it.
              <Link
                href={finishHref}
                prefetch={false}
                scroll={false}
                onClick={scrollToTop}
                className={PRIMARY_BUTTON}
              >
                {words.seeResult}
              </Link>
            ) : (
              <button type="submit" className={PRIMARY_BUTTON}>
                {answer === null ? words.skip : words.next}
              </button>
            )}
          </div>
        </div>
      </form>
      <QuestionJumpList
        words={words}
        answers={answers}
        current={current}
        onJump={(index) => move({ type: 'go-to', question: index })}
      />
      <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
        {words.keptInTab}{' '}
        <button
          type="button"
          onClick={() => move({ type: 'restart' })}
          className="font-medium text-blue-700 underline underline-offset-2 dark:text-sky-300"
        >
          {words.startOver}
        </button>
      </p>
    </div>
  );
}
