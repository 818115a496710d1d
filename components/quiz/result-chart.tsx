import { QUIZ_OUTCOMES } from '@/lib/content/vocabulary';
import type { OutcomeNames, OutcomePoints } from '@/lib/quiz';
import { OUTCOME_BAR_CLASS } from './outcome-colors';

/** The percentages as labelled bars: the numbers are text, the bars only repeat them. */
export function ResultChart({
  percentages,
  names,
  caption,
}: {
  percentages: OutcomePoints;
  names: OutcomeNames;
  caption: string;
}) {
  return (
    <figure className="mt-8 max-w-xl print:mt-4">
      <figcaption className="text-lg font-semibold print:text-base">{caption}</figcaption>
      <ul className="mt-3 space-y-3 print:mt-1 print:space-y-1 print:text-sm">
        {QUIZ_OUTCOMES.map((outcome) => (
          // On screen the bar sits under its label; on paper all three share one line.
          <li
            key={outcome}
            className="grid grid-cols-[1fr_auto] gap-x-4 print:grid-cols-[16rem_3rem_1fr] print:items-center"
          >
            <span>{names[outcome]}</span>
            <span className="text-right font-semibold tabular-nums">{percentages[outcome]}%</span>
            <div
              aria-hidden="true"
              className="col-span-2 mt-1 h-3 overflow-hidden rounded-full bg-slate-200 [print-color-adjust:exact] dark:bg-slate-700 print:col-span-1 print:mt-0 print:h-2"
            >
              <div
                className={`h-full rounded-full [print-color-adjust:exact] ${OUTCOME_BAR_CLASS[outcome]}`}
                style={{ width: `${percentages[outcome]}%` }}
              />
            </div>
          </li>
        ))}
      </ul>
    </figure>
  );
}
