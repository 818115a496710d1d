// The class summary as a CSV file for a spreadsheet: one row per pasted line, in pasted order, each
// with its result link so a counselor can reopen any student's result from the sheet.
import { QUIZ_OUTCOMES } from '@/lib/content/vocabulary';
import { addressOn } from '@/lib/site';
import { resultPath } from './links';
import { problemMessage } from './messages';
import { studentNotes, duplicateNote, unfinishedNote } from './summary-notes';
import type { ClassSummary, StudentResult } from './summary';
import type { OutcomeNames } from './types';

/**
 * A CSV cell: quoted when needed, and with a leading apostrophe on text a spreadsheet would
 * otherwise run as a formula (a pasted label could start with "=").
 */
function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : value.replace(/^[=+\-@\t\r]/, "'$&");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One row per pasted line, valid or not, in the order they were pasted. `origin` is the address
 * the page is served from, so each result link opens on this site.
 */
export function classSummaryCsv(
  summary: ClassSummary,
  outcomeNames: OutcomeNames,
  origin: string,
): string {
  const blanks = QUIZ_OUTCOMES.map(() => '');
  const header = [
    'Line',
    'Student',
    'Result',
    ...QUIZ_OUTCOMES.map((outcome) => `${outcomeNames[outcome]} (%)`),
    'Questions answered',
    'Top reasons',
    'Result link',
    'Note',
  ];
  const resultCells = (
    student: StudentResult,
    problem = studentNotes(student, outcomeNames).join(' '),
  ) => [
    student.line,
    student.label ?? '',
    outcomeNames[student.result.top],
    ...QUIZ_OUTCOMES.map((outcome) => student.result.percentages[outcome]),
    `${student.result.answered} of ${student.result.questionCount}`,
    student.topReasons.join(' '),
    addressOn(origin, resultPath(student.code)),
    problem,
  ];
  const rows: { line: number; cells: (string | number)[] }[] = [
    ...summary.students.map((student) => ({ line: student.line, cells: resultCells(student) })),
    ...summary.duplicates.map((entry) => ({
      line: entry.line,
      cells: resultCells(entry.student, duplicateNote(entry.reason, entry.of)),
    })),
    ...summary.unfinished.map((entry) => ({
      line: entry.line,
      cells: [
        entry.line,
        entry.label ?? '',
        '',
        ...blanks,
        `${entry.answered} of ${entry.questionCount}`,
        '',
        entry.link,
        unfinishedNote(entry.answered, entry.questionCount),
      ],
    })),
    ...summary.invalid.map((entry) => ({
      line: entry.line,
      cells: [
        entry.line,
        '',
        '',
        ...blanks,
        '',
        '',
        entry.link ?? '',
        problemMessage(entry.problem),
      ],
    })),
  ].sort((a, b) => a.line - b.line);
  return [header, ...rows.map((row) => row.cells)]
    .map((cells) => cells.map(csvCell).join(','))
    .join('\r\n')
    .concat('\r\n');
}
