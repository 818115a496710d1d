'use client';

import { useState } from 'react';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from '@/components/quiz/button-styles';
import {
  outcomeNames,
  classSummaryCsv,
  summarizeClass,
  type ClassSummary,
  type OutcomeDetails,
  type QuizDefinition,
} from '@/lib/quiz';
import { ClassSummaryTables } from './class-summary-tables';

interface ClassSummaryIslandProps {
  definitions: readonly QuizDefinition[];
  outcomes: readonly OutcomeDetails[];
}

/** Pasted result links in, a summary out: all in this browser, nothing is sent anywhere. */
export function ClassSummaryIsland({ definitions, outcomes }: ClassSummaryIslandProps) {
  const [pasted, setPasted] = useState('');
  const [summary, setSummary] = useState<ClassSummary | null>(null);
  const names = outcomeNames(outcomes);

  function downloadCsv(current: ClassSummary) {
    // The byte-order mark lets spreadsheet programs read names with accents correctly.
    const file = new Blob(['\ufeff', classSummaryCsv(current, names)], {
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
          setSummary(summarizeClass(pasted, definitions));
        }}
      >
        <label htmlFor="class-links" className="block font-medium">
          Result links, one per line
        </label>
        <p id="class-links-help" className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          You may put a name before each link, for example &ldquo;Ana: https://&hellip;&rdquo;.
        </p>
        <textarea
          id="class-links"
          aria-describedby="class-links-help"
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
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
              setPasted('');
              setSummary(null);
            }}
            className={SECONDARY_BUTTON}
          >
            Clear
          </button>
        </div>
      </form>
      <p role="status" className="mt-4 font-medium">
        {summary === null
          ? ''
          : `${summary.students.length} ${summary.students.length === 1 ? 'result' : 'results'} read${
              summary.invalid.length > 0
                ? `; ${summary.invalid.length} ${summary.invalid.length === 1 ? 'line' : 'lines'} could not be read`
                : ''
            }.`}
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
