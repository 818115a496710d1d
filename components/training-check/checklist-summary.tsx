import type { Ref } from 'react';
import { SMALL_SECONDARY_BUTTON } from '@/components/ui/button';
import { summarySentences, type ChecklistSummary } from '@/lib/training-check';
import { ReadNext } from './read-next';
import { RedFlagText } from './red-flag-text';

/** The summary of the answers, printable: the headline, red flags, what to ask next, every answer. */
export function ChecklistSummaryView({
  summary,
  headingRef,
}: {
  summary: ChecklistSummary;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { verdict, redFlags, concerns, nextSteps, results } = summary;
  return (
    <section
      aria-labelledby="summary-heading"
      data-training-summary=""
      className="mt-8 rounded-lg border-2 border-slate-400 p-4 dark:border-slate-500 print:mt-0 print:border-0 print:p-0"
    >
      <h2 id="summary-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-semibold">
        Your summary: {verdict.title}
      </h2>
      <p className="mt-2">{verdict.text}</p>
      <p className="mt-2">{summarySentences(summary).join(' ')}</p>

      {redFlags.length > 0 ? (
        <>
          <h3 className="mt-5 text-lg font-semibold">Red flags you saw</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {redFlags.flatMap(({ question }) =>
              question.redFlag ? (
                <li key={question.id}>
                  <RedFlagText flag={question.redFlag} />
                </li>
              ) : (
                []
              ),
            )}
          </ul>
        </>
      ) : null}

      {concerns.length > 0 ? (
        <>
          <h3 className="mt-5 text-lg font-semibold">Checks that did not go well</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {concerns.map(({ question }) => (
              <li key={question.id}>{question.concern}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h3 className="mt-5 text-lg font-semibold">What to ask or check next</h3>
      {nextSteps.length === 0 ? (
        <p className="mt-2">Nothing is open. Keep every paper the school gives you.</p>
      ) : (
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {nextSteps.map((step) => (
            <li key={step.ask}>
              {step.ask}
              {step.where ? (
                <>
                  {' '}
                  Site: <a href={step.where.url}>{step.where.name}</a>
                  <span className="hidden print:inline"> ({step.where.url})</span>.
                </>
              ) : null}
            </li>
          ))}
        </ol>
      )}

      <table className="mt-5 w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-lg font-semibold">Your answers</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="py-1 pr-3">
              Question
            </th>
            <th scope="col" className="py-1">
              Answer
            </th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) => (
            <tr
              key={result.question.id}
              className="border-b border-slate-200 dark:border-slate-700"
            >
              <td className="py-1 pr-3">{result.question.prompt}</td>
              <td className="py-1">
                {result.answerLabel}
                {result.outcome === 'worry' ? <strong> (worrying)</strong> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="mt-5 print:hidden">
        <button type="button" onClick={() => window.print()} className={SMALL_SECONDARY_BUTTON}>
          Print this summary
        </button>
      </div>
      <h3 className="mt-5 text-lg font-semibold">Read next</h3>
      <div className="mt-2">
        <ReadNext />
      </div>
    </section>
  );
}
