'use client';

import { Link } from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useEffect, useReducer, useRef } from 'react';
import {
  progressFragment,
  readProgress,
  resultHref,
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

/** The quiz, one question at a time. It waits for the address so that saved answers come back. */
export function QuizIsland({ quiz }: { quiz: QuizDefinition }) {
  const fragment = useLocationFragment();
  if (fragment === null) return null;
  return <QuizRunner quiz={quiz} savedFragment={fragment} />;
}

function startState(quiz: QuizDefinition, fragment: string): QuizState {
  const fresh = initialQuizState(quiz.questions.map((question) => question.options.length));
  const saved = readProgress(fragment, quiz);
  return saved === null ? fresh : quizReducer(fresh, { type: 'restore', ...saved });
}

function QuizRunner({ quiz, savedFragment }: { quiz: QuizDefinition; savedFragment: string }) {
  const [state, dispatch] = useReducer(quizReducer, savedFragment, (fragment) =>
    startState(quiz, fragment),
  );
  const router = useRouter();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const { answers, current } = state;
  const question = quiz.questions[current];
  const answer = answers[current] ?? null;
  const finishHref = resultHref(quiz, answers);

  // The address always holds the answers so far, so a reload or a shared link resumes the quiz.
  useEffect(() => {
    window.history.replaceState(null, '', progressFragment(quiz, answers, current));
  }, [quiz, answers, current]);

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

  return (
    <div className="max-w-2xl">
      <div
        aria-hidden="true"
        className="mb-6 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
      >
        <div
          className="h-full rounded-full bg-blue-700 dark:bg-sky-300"
          style={{ width: `${((current + 1) / quiz.questions.length) * 100}%` }}
        />
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (last) router.push(finishHref);
          else move({ type: 'forward' });
        }}
      >
        <QuestionStep
          question={question}
          number={current + 1}
          total={quiz.questions.length}
          answer={answer}
          onAnswer={(option) => dispatch({ type: 'answer', option })}
          headingRef={headingRef}
        />
        <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
          {answered} of {quiz.questions.length} answered. You can skip a question you cannot decide
          on.
        </p>
        <div className="mt-6 flex flex-wrap gap-3">
          <button
            type="button"
            onClick={() => move({ type: 'back' })}
            disabled={current === 0}
            className={SECONDARY_BUTTON}
          >
            Back
          </button>
          {last ? (
            // No prefetch: the address changes with every answer, and each prefetch would send it.
            <Link href={finishHref} prefetch={false} className={PRIMARY_BUTTON}>
              See my result
            </Link>
          ) : (
            <button type="submit" className={PRIMARY_BUTTON}>
              {answer === null ? 'Skip' : 'Next'}
            </button>
          )}
        </div>
      </form>
      <QuestionJumpList
        answers={answers}
        current={current}
        onJump={(index) => move({ type: 'go-to', question: index })}
      />
      <p className="mt-6 text-sm text-slate-700 dark:text-slate-300">
        Your answers are kept in this page&apos;s address, so reloading the page keeps them. Nothing
        is sent anywhere.{' '}
        <button
          type="button"
          onClick={() => move({ type: 'restart' })}
          className="font-medium text-blue-700 underline underline-offset-2 dark:text-sky-300"
        >
          Start over
        </button>
      </p>
    </div>
  );
}
