import { SourceCitation } from '@/components/ui/source-citation';
import type { SuitsYouIfView } from '@/lib/home';

/**
 * "Coding suits you if ..." and "Billing suits you if ...": the home page's answer in words, side by
 * side from a small tablet up, stacked and short on a phone so both fit its first screen.
 */
export function SuitsYouIf({ answers }: { answers: SuitsYouIfView[] }) {
  return (
    <div className="mt-3 grid gap-x-8 gap-y-3 sm:mt-4 sm:grid-cols-2">
      {answers.map((answer) => (
        <section key={answer.roleSlug} aria-labelledby={`suits-${answer.roleSlug}`}>
          <h2 id={`suits-${answer.roleSlug}`} className="text-lg leading-snug font-semibold">
            {answer.lead} ...
          </h2>
          <ul className="mt-1 list-disc pl-5 leading-snug sm:space-y-1">
            {answer.lines.map((line) => (
              <li key={line.text}>
                {line.text}
                {line.citation ? (
                  <>
                    {' '}
                    <SourceCitation
                      citation={line.citation}
                      compact
                      className="text-xs text-slate-600 dark:text-slate-400"
                    />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
