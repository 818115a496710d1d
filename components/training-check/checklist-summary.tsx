import type { Ref } from 'react';
import { SMALL_SECONDARY_BUTTON } from '@/components/ui/button';
import { RichText } from '@/components/ui/rich-text';
import { formatMessage, type Locale } from '@/lib/i18n';
import {
  answerLabel,
  summarySentences,
  type ChecklistLabels,
  type ChecklistSummary,
} from '@/lib/training-check';
import { ReadNext, type ReadNextLabels } from './read-next';
import { RedFlagText } from './red-flag-text';

/** "Site: College Scorecard." with the site linked, and its address written out on paper. */
function siteLink(place: { name: string; url: string }, template: string) {
  return (
    <RichText
      text={formatMessage(template, { name: place.name })}
      tags={{
        site: (words) => (
          <>
            <a href={place.url}>{words}</a>
            <span className="hidden print:inline"> ({place.url})</span>
          </>
        ),
      }}
    />
  );
}

/** The summary of the answers, printable: the headline, red flags, what to ask next, every answer. */
export function ChecklistSummaryView({
  summary,
  headingRef,
  labels,
  readNext,
  locale,
}: {
  summary: ChecklistSummary;
  headingRef: Ref<HTMLHeadingElement>;
  labels: ChecklistLabels;
  readNext: ReadNextLabels;
  locale: Locale;
}) {
  const { verdict, redFlags, concerns, nextSteps, results } = summary;
  return (
    <section
      aria-labelledby="summary-heading"
      data-training-summary=""
      className="mt-8 rounded-lg border-2 border-slate-400 p-4 dark:border-slate-500 print:mt-0 print:border-0 print:p-0"
    >
      <h2 id="summary-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-semibold">
        {formatMessage(labels.summaryHeading, { verdict: verdict.title })}
      </h2>
      <p className="mt-2">{verdict.text}</p>
      <p className="mt-2">{summarySentences(summary, labels.counts, locale).join(' ')}</p>

      {redFlags.length > 0 ? (
        <>
          <h3 className="mt-5 text-lg font-semibold">{labels.redFlagsSeen}</h3>
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
          <h3 className="mt-5 text-lg font-semibold">{labels.concernsHeading}</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6">
            {concerns.map(({ question }) => (
              <li key={question.id}>{question.concern}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h3 className="mt-5 text-lg font-semibold">{labels.nextStepsHeading}</h3>
      {nextSteps.length === 0 ? (
        <p className="mt-2">{labels.nothingOpen}</p>
      ) : (
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          {nextSteps.map((step) => (
            <li key={step.ask}>
              {step.ask}
              {step.where ? <> {siteLink(step.where, labels.site)}</> : null}
            </li>
          ))}
        </ol>
      )}

      <table className="mt-5 w-full border-collapse text-left text-sm">
        <caption className="mb-2 text-left text-lg font-semibold">{labels.answersCaption}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            <th scope="col" className="py-1 pr-3">
              {labels.questionColumn}
            </th>
            <th scope="col" className="py-1">
              {labels.answerColumn}
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
                {answerLabel(result.answer, labels)}
                {result.outcome === 'worry' ? <strong> {labels.worrying}</strong> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <div className="mt-5 print:hidden">
        <button type="button" onClick={() => window.print()} className={SMALL_SECONDARY_BUTTON}>
          {labels.print}
        </button>
      </div>
      <h3 className="mt-5 text-lg font-semibold">{labels.readNextHeading}</h3>
      <div className="mt-2">
        <ReadNext labels={readNext} locale={locale} />
      </div>
    </section>
  );
}
