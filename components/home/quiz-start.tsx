import { Link } from '@/components/ui/link';
import { SUBMIT_BUTTON } from '@/components/ui/button';
import type { HomePage } from '@/lib/home';

/** The way into the quiz, with its length from the content: "14 questions, about 3 minutes". */
export function QuizStart({
  quiz,
  label,
  questions,
  minutes,
}: {
  quiz: HomePage['quiz'];
  label: string;
  /** "14 questions," */
  questions: string;
  /** "about 3 minutes." */
  minutes: string;
}) {
  return (
    <p className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1">
      <Link href={quiz.href} className={`${SUBMIT_BUTTON} no-underline`}>
        {label}
      </Link>
      {/* Two short lines beside the button, so the quiz takes one row of a phone's first screen. */}
      <span className="text-sm leading-tight text-slate-700 dark:text-slate-300">
        {questions} <br />
        {minutes}
      </span>
    </p>
  );
}
