import { formatMessage } from '@/lib/i18n';
import type { Messages } from '@/lib/i18n/messages';
import type { Answers } from '@/lib/quiz';

interface QuestionJumpListProps {
  words: Messages['quiz']['runner'];
  answers: Answers;
  current: number;
  onJump: (question: number) => void;
}

/** Numbered buttons to go straight to any question; answered ones are filled in. */
export function QuestionJumpList({ words, answers, current, onJump }: QuestionJumpListProps) {
  return (
    <nav aria-label={words.allQuestions} className="mt-8 print:hidden">
      <ol className="flex flex-wrap gap-2">
        {answers.map((answer, index) => {
          const answered = answer !== null;
          return (
            <li key={index}>
              <button
                type="button"
                onClick={() => onJump(index)}
                aria-current={index === current ? 'step' : undefined}
                aria-label={formatMessage(answered ? words.jumpToAnswered : words.jumpTo, {
                  number: index + 1,
                })}
                className={`size-10 rounded-md border text-sm font-semibold ${
                  answered
                    ? 'border-blue-700 bg-blue-700 text-white dark:border-sky-300 dark:bg-sky-300 dark:text-slate-950'
                    : 'border-slate-400 bg-white text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100'
                } ${index === current ? 'ring-2 ring-slate-900 ring-offset-2 dark:ring-white dark:ring-offset-slate-950' : ''}`}
              >
                {index + 1}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
