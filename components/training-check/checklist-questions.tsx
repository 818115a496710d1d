import {
  ANSWERS,
  type Answer,
  type Answers,
  type ChecklistGroup,
  type ChecklistLabels,
} from '@/lib/training-check';

/**
 * The checklist's questions, a group of three radio buttons each (Yes, No, Not sure): Tab moves
 * from question to question, the arrow keys choose within one.
 */
export function ChecklistQuestions({
  groups,
  answers,
  onAnswer,
  answerLabels,
}: {
  groups: readonly ChecklistGroup[];
  answers: Answers;
  onAnswer: (question: string, answer: Answer) => void;
  answerLabels: ChecklistLabels['answer'];
}) {
  return groups.map((group) => (
    <div key={group.id} className="mt-6 first:mt-0">
      <h3 className="text-xl font-semibold">{group.title}</h3>
      <div className="mt-3 space-y-4">
        {group.questions.map((question) => (
          <fieldset
            key={question.id}
            className="rounded-lg border border-slate-300 p-3 dark:border-slate-600"
          >
            <legend className="px-1 font-medium">{question.prompt}</legend>
            <div className="mt-1 flex flex-wrap gap-2">
              {ANSWERS.map((answer) => (
                <label
                  key={answer}
                  className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-slate-300 px-3 py-1.5 hover:border-blue-700 has-checked:border-blue-700 has-checked:bg-blue-50 dark:border-slate-600 dark:hover:border-sky-300 dark:has-checked:border-sky-300 dark:has-checked:bg-sky-950"
                >
                  <input
                    type="radio"
                    name={`check-${question.id}`}
                    value={answer}
                    checked={answers[question.id] === answer}
                    onChange={() => onAnswer(question.id, answer)}
                    className="size-5 shrink-0 accent-blue-700 dark:accent-sky-300"
                  />
                  <span>{answerLabels[answer]}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
    </div>
  ));
}
