'use client';

import { useRef, useState } from 'react';
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

interface ClassSummaryIslandProps {
  definitions: readonly QuizDefinition[];
  outcomes: readonly OutcomeDetails[];
}

interface Pasted {
  text: string;
  summary: ClassSummary | null;
}

/** Pasted result links in, a summary out: all in this browser, nothing is sent anywhere. */
export function ClassSummaryIsland({ definitions, outcomes }: ClassSummaryIslandProps) {
  const [pasted, setPasted] = useState<Pasted>({ text: '', summary: null });
  // What Clear removed, until the counselor types again: one step of undo.
  const [cleared, setCleared] = useState<Pasted | null>(null);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const names = outcomeNames(outcomes);
  const { summary } = pasted;

  function downloadCsv(current: ClassSummary) {
    // The byte-order mark lets spreadsheet programs read names with accents correctly.
    const file = new Blob(['\ufeff', classSummaryCsv(current, names, window.location.origin)], {
      type: 'text/csv;charset=utf-8',
    });
    const address = URL.createObjectURL(file);
    const link = document.createElement('a');
    link.href = address;
    link.download = 'quiz-class-summary.csv';
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
          Result links, one per line
        </label>
        <p id="class-links-help" className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          You may put a name before each link, for example &ldquo;Ana: https://&hellip;&rdquo;.
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
            Make the summary
          </button>
          <button
            type="button"
            onClick={() => {
              setCleared(pasted.text === '' ? null : pasted);
              setPasted({ text: '', summary: null });
            }}
            className={SECONDARY_BUTTON}
          >
            Clear
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
              Undo
            </button>
          )}
        </div>
      </form>
      <p role="status" className="mt-4 font-medium">
        {cleared !== null
          ? 'The links are cleared. Undo brings them back.'
          : summary === null
            ? ''
            : summaryStatus(summary)}
      </p>
      {summary === null ? null : (
        <>
          <ClassSummaryTables summary={summary} names={names} />
          <button
            type="button"
            onClick={() => downloadCsv(summary)}
            className={`${SECONDARY_BUTTON} mt-6`}
          >
            Download CSV
          </button>
        </>
      )}
    </div>
  );
}
