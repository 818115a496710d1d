'use client';

import { useRef, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import type { Messages } from '@/lib/i18n/messages';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from '@/components/quiz/button-styles';
import {
  outcomeNames,
  classSummaryCsv,
  summarizeClass,
  summaryStatus,
  type ClassSummary,
  type OutcomeDetails,
  type QuizDefinition,
} from '@/lib/quiz';
import { ClassSummaryTables } from './class-summary-tables';

/** The class summary's words in the page's language: on screen, in its notes and in the CSV. */
export interface ClassSummaryWords {
  summary: Messages['counselors']['summary'];
  notes: Messages['counselors']['notes'];
  csv: Messages['counselors']['csv'];
  problems: Messages['quiz']['problems'];
}

interface ClassSummaryIslandProps {
  definitions: readonly QuizDefinition[];
  outcomes: readonly OutcomeDetails[];
  /** The page's language: the students' result links open in it. */
  locale: Locale;
  words: ClassSummaryWords;
}

interface Pasted {
  text: string;
  summary: ClassSummary | null;
}

/** Pasted result links in, a summary out: all in this browser, nothing is sent anywhere. */
export function ClassSummaryIsland({
  definitions,
  outcomes,
  locale,
  words,
}: ClassSummaryIslandProps) {
  const [pasted, setPasted] = useState<Pasted>({ text: '', summary: null });
  // What Clear removed, until the counselor types again: one step of undo.
  const [cleared, setCleared] = useState<Pasted | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const names = outcomeNames(outcomes);
  const { summary } = pasted;

  function downloadCsv(current: ClassSummary) {
    // The byte-order mark lets spreadsheet programs read names with accents correctly.
    const csv = classSummaryCsv(current, names, window.location.origin, {
      locale,
      words: words.notes,
      columns: words.csv,
      answeredOf: words.summary.answeredOf,
      problems: words.problems,
    });
    const file = new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' });
    const address = URL.createObjectURL(file);
    const link = document.createElement('a');
    link.href = address;
    link.download = words.summary.csvFileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(address), 0);
  }

  return (
    <div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setCleared(null);
          setPasted({ text: pasted.text, summary: summarizeClass(pasted.text, definitions) });
        }}
      >
        <label htmlFor="class-links" className="block font-medium">
          {words.summary.linksLabel}
        </label>
        <p id="class-links-help" className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {words.summary.linksHelp}
        </p>
        <textarea
          ref={textarea}
          id="class-links"
          aria-describedby="class-links-help"
          value={pasted.text}
          onChange={(event) => {
            setCleared(null);
            setPasted({ text: event.target.value, summary });
          }}
          rows={10}
          spellCheck={false}
          className="mt-2 w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
        />
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="submit" className={PRIMARY_BUTTON}>
            {words.summary.makeSummary}
          </button>
          <button
            type="button"
            onClick={() => {
              setCleared(pasted.text === '' ? null : pasted);
              setPasted({ text: '', summary: null });
            }}
            className={SECONDARY_BUTTON}
          >
            {words.summary.clear}
          </button>
          {cleared === null ? null : (
            <button
              type="button"
              onClick={() => {
                setPasted(cleared);
                setCleared(null);
                textarea.current?.focus();
              }}
              className={SECONDARY_BUTTON}
            >
              {words.summary.undo}
            </button>
          )}
        </div>
      </form>
      <p role="status" className="mt-4 font-medium">
        {cleared !== null
          ? words.summary.cleared
          : summary === null
            ? ''
            : summaryStatus(summary, { locale, words: words.notes })}
      </p>
      {summary === null ? null : (
        <>
          <ClassSummaryTables summary={summary} names={names} locale={locale} words={words} />
          <button
            type="button"
            onClick={() => downloadCsv(summary)}
            className={`${SECONDARY_BUTTON} mt-6`}
          >
            {words.summary.downloadCsv}
          </button>
        </>
      )}
    </div>
  );
}
