import type { Ref } from 'react';
import { formatMessage } from '@/lib/i18n';
import type { QuizQuestionData } from '@/lib/quiz';

interface QuestionStepProps {
  /** "Question {number} of {total}". */
  heading: string;
  question: QuizQuestionData;
  number: number;
  total: number;
  answer: number | null;
  onAnswer: (option: number) => void;
  /** The heading that takes focus when the quiz moves to another question. */
  headingRef: Ref<HTMLHeadingElement>;
}

/**
 * One question as a group of radio buttons: arrow keys move between options, Tab leaves the group.
 * Compact on a phone, so that the options and the action bar below them fit one screen.
 */
export function QuestionStep({
  heading,
  question,
  number,
  total,
  answer,
  onAnswer,
  headingRef,
}: QuestionStepProps) {
  const helpId = `question-${question.id}-help`;
  return (
    <>
      <div className="flex items-center gap-3">
        <h2
          ref={headingRef}
          tabIndex={-1}
          className="shrink-0 text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300"
        >
          {formatMessage(heading, { number, total })}
        </h2>
        <div
          aria-hidden="true"
          className="h-2 flex-1 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
        >
          <div
            className="h-full rounded-full bg-blue-700 motion-safe:transition-[width] dark:bg-sky-300"
            style={{ width: `${(number / total) * 100}%` }}
          />
        </div>
      </div>
      <fieldset
        className="mt-2"
        aria-describedby={question.help === undefined ? undefined : helpId}
      >
        <legend className="text-lg font-semibold sm:text-2xl">{question.prompt}</legend>
        {question.help === undefined ? null : (
          <p id={helpId} className="mt-1 text-slate-700 sm:mt-2 dark:text-slate-300">
            {question.help}
          </p>
        )}
        <div className="mt-3 space-y-2 sm:mt-4 sm:space-y-3">
          {question.options.map((option, index) => (
            <label
              key={option.id}
              className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-300 px-3 py-2.5 hover:border-blue-700 has-checked:border-blue-700 has-checked:bg-blue-50 sm:p-4 dark:border-slate-600 dark:hover:border-sky-300 dark:has-checked:border-sky-300 dark:has-checked:bg-sky-950"
            >
              <input
                type="radio"
                name={`question-${question.id}`}
                value={option.id}
                checked={answer === index}
                onChange={() => onAnswer(index)}
                // Keeps a focused option clear of the action bar that sticks to the bottom on a phone.
                className="mt-1 size-5 shrink-0 scroll-mb-28 accent-blue-700 dark:accent-sky-300"
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
