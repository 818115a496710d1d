// The class summary as a CSV file for a spreadsheet: one row per pasted line, in pasted order, each
// with its result link so a counselor can reopen any student's result from the sheet.
import { QUIZ_OUTCOMES } from '@/lib/content/vocabulary';
import { formatMessage } from '@/lib/i18n';
import { addressOn } from '@/lib/site';
import { resultPath } from './links';
import { problemMessage, type ProblemWords } from './messages';
import { studentNotes, duplicateNote, unfinishedNote, type NoteLanguage } from './summary-notes';
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

/** The CSV's column names; `percent` and `answered` are templates. */
export type CsvWords = Readonly<
  Record<
    'line' | 'student' | 'result' | 'percent' | 'answered' | 'topReasons' | 'link' | 'note',
    string
  >
>;

/** The CSV's words, the notes' and the problems', in the summary page's language. */
export interface CsvLanguage extends NoteLanguage {
  columns: CsvWords;
  /** "{answered} of {total}". */
  answeredOf: string;
  problems: ProblemWords;
}

/**
 * One row per pasted line, valid or not, in the order they were pasted. `origin` is the address
 * the page is served from, so each result link opens on this site, in the page's language.
 */
export function classSummaryCsv(
  summary: ClassSummary,
  outcomeNames: OutcomeNames,
  origin: string,
  language: CsvLanguage,
): string {
  const { columns, locale } = language;
  const answeredOf = (answered: number, total: number) =>
    formatMessage(language.answeredOf, { answered, total });
  const blanks = QUIZ_OUTCOMES.map(() => '');
  const header = [
    columns.line,
    columns.student,
    columns.result,
    ...QUIZ_OUTCOMES.map((outcome) =>
      formatMessage(columns.percent, { outcome: outcomeNames[outcome] }),
    ),
    columns.answered,
    columns.topReasons,
    columns.link,
    columns.note,
  ];
  const resultCells = (
    student: StudentResult,
    problem = studentNotes(student, outcomeNames, language).join(' '),
  ) => [
    student.line,
    student.label ?? '',
    outcomeNames[student.result.top],
    ...QUIZ_OUTCOMES.map((outcome) => student.result.percentages[outcome]),
    answeredOf(student.result.answered, student.result.questionCount),
    student.topReasons.join(' '),
    addressOn(origin, resultPath(student.code, locale)),
    problem,
  ];
  const rows: { line: number; cells: (string | number)[] }[] = [
    ...summary.students.map((student) => ({ line: student.line, cells: resultCells(student) })),
    ...summary.duplicates.map((entry) => ({
      line: entry.line,
      cells: resultCells(entry.student, duplicateNote(entry.reason, entry.of, language)),
    })),
    ...summary.unfinished.map((entry) => ({
      line: entry.line,
      cells: [
        entry.line,
        entry.label ?? '',
        '',
        ...blanks,
        answeredOf(entry.answered, entry.questionCount),
        '',
        entry.link,
        unfinishedNote(entry.answered, entry.questionCount, language),
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
        problemMessage(entry.problem, language.problems),
      ],
    })),
  ].sort((a, b) => a.line - b.line);
  return [header, ...rows.map((row) => row.cells)]
    .map((cells) => cells.map(csvCell).join(','))
    .join('\r\n')
    .concat('\r\n');
}
