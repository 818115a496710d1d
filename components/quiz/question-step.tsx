import type { Ref } from 'react';
import type { QuizQuestionData } from '@/lib/quiz';

interface QuestionStepProps {
  question: QuizQuestionData;
  number: number;
  total: number;
  answer: number | null;
  onAnswer: (option: number) => void;
  /** The heading that takes focus when the quiz moves to another question. */
  headingRef: Ref<HTMLHeadingElement>;
}

/** One question as a group of radio buttons: arrow keys move between options, Tab leaves the group. */
export function QuestionStep({
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
      <h2
        ref={headingRef}
        tabIndex={-1}
        className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300"
      >
        Question {number} of {total}
      </h2>
      <fieldset
        className="mt-2"
        aria-describedby={question.help === undefined ? undefined : helpId}
      >
        <legend className="text-xl font-semibold sm:text-2xl">{question.prompt}</legend>
        {question.help === undefined ? null : (
          <p id={helpId} className="mt-2 text-slate-700 dark:text-slate-300">
            {question.help}
          </p>
        )}
        <div className="mt-4 space-y-3">
          {question.options.map((option, index) => (
            <label
              key={option.id}
              className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-300 p-4 hover:border-blue-700 has-checked:border-blue-700 has-checked:bg-blue-50 dark:border-slate-600 dark:hover:border-sky-300 dark:has-checked:border-sky-300 dark:has-checked:bg-sky-950"
            >
              <input
                type="radio"
                name={`question-${question.id}`}
                value={option.id}
                checked={answer === index}
                onChange={() => onAnswer(index)}
                className="mt-1 size-5 shrink-0 accent-blue-700 dark:accent-sky-300"
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
