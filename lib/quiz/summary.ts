// The counselors' class summary: many pasted result links in, a table and a CSV out. Runs in the
// browser; nothing is sent anywhere. A bad line is listed with its problem and the rest still count.
import { QUIZ_OUTCOMES } from '@/lib/content/vocabulary';
import { decodeAnswers, encodeAnswers } from './codec';
import type { LineProblem } from './messages';
import { problemMessage } from './messages';
import { scoreAnswers } from './registry';
import type { OutcomeNames, QuizDefinition, QuizOutcomeId, ScoredResult } from './types';

/** Labels longer than this are cut: a name, not an essay. */
const MAX_LABEL_LENGTH = 60;
const URL_WITH_RESULT = /[?&#]r=([^&#\s]*)/;
const BARE_CODE = /^[0-9]+-[0-9a-z]+$/i;
/** Separators people put between a name and a link: "Ana: https://...", "Ana, https://...". */
const EDGE_SEPARATORS = /^[\s:;,|–—-]+|[\s:;,|–—-]+$/g;

export interface StudentResult {
  /** Line number in the pasted text, from 1. */
  line: number;
  /** Text typed on the line beside the link, such as a student's name. */
  label: string | null;
  /** The code written afresh from the decoded answers, so no pasted text is reused. */
  code: string;
  result: ScoredResult;
  topReasons: readonly string[];
}

export interface InvalidLine {
  line: number;
  problem: LineProblem;
}

export interface ClassSummary {
  students: readonly StudentResult[];
  invalid: readonly InvalidLine[];
  counts: Readonly<Record<QuizOutcomeId, number>>;
}

/** The reasons of the answers that pushed most toward the result's top outcome, strongest first. */
export function topReasons(result: ScoredResult, limit: number): string[] {
  return result.pushes
    .filter((push) => push.toward.includes(result.top))
    .sort(
      (a, b) => b.weights[result.top] - a.weights[result.top] || a.questionIndex - b.questionIndex,
    )
    .slice(0, limit)
    .map((push) => push.reason);
}

/** Splits a pasted line into its result code and the text around it. */
export function splitResultLine(line: string): { code: string; label: string | null } | null {
  const words = line.trim().split(/\s+/);
  // A link wins over a bare code, so a label such as "Group 2-b" is not taken for a code.
  const urlIndex = words.findIndex((word) => URL_WITH_RESULT.test(word));
  const linkIndex = urlIndex >= 0 ? urlIndex : words.findIndex((word) => BARE_CODE.test(word));
  const link = words[linkIndex];
  if (link === undefined) return null;
  const code = URL_WITH_RESULT.exec(link)?.[1] ?? link;
  const label = words
    .filter((_, index) => index !== linkIndex)
    .join(' ')
    .replace(EDGE_SEPARATORS, '')
    .slice(0, MAX_LABEL_LENGTH);
  return { code, label: label === '' ? null : label };
}

export function summarizeClass(
  pasted: string,
  definitions: readonly QuizDefinition[],
  reasonsPerStudent = 2,
): ClassSummary {
  const students: StudentResult[] = [];
  const invalid: InvalidLine[] = [];
  const counts: Record<QuizOutcomeId, number> = { coding: 0, billing: 0, both: 0, adjacent: 0 };
  pasted.split(/\r?\n/).forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') return;
    const parts = splitResultLine(text);
    if (parts === null) {
      invalid.push({ line, problem: 'not-a-result-link' });
      return;
    }
    const decoded = decodeAnswers(parts.code, definitions);
    if (!decoded.ok) {
      invalid.push({ line, problem: decoded.error });
      return;
    }
    const result = scoreAnswers(decoded.definition, decoded.answers);
    if (result.kind === 'no-answers') {
      invalid.push({ line, problem: 'no-answers' });
      return;
    }
    counts[result.top] += 1;
    students.push({
      line,
      label: parts.label,
      code: encodeAnswers(decoded.definition, decoded.answers),
      result,
      topReasons: topReasons(result, reasonsPerStudent),
    });
  });
  return { students, invalid, counts };
}

/**
 * A CSV cell: quoted when needed, and with a leading apostrophe on text a spreadsheet would
 * otherwise run as a formula (a pasted label could start with "=").
 */
function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : value.replace(/^[=+\-@\t\r]/, "'$&");
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per pasted line, valid or not, in the order they were pasted. */
export function classSummaryCsv(summary: ClassSummary, outcomeNames: OutcomeNames): string {
  const header = [
    'Line',
    'Student',
    'Result',
    ...QUIZ_OUTCOMES.map((outcome) => `${outcomeNames[outcome]} (%)`),
    'Questions answered',
    'Top reasons',
    'Problem',
  ];
  const rows = [
    ...summary.students.map((student) => ({
      line: student.line,
      cells: [
        student.line,
        student.label ?? '',
        outcomeNames[student.result.top],
        ...QUIZ_OUTCOMES.map((outcome) => student.result.percentages[outcome]),
        `${student.result.answered} of ${student.result.questionCount}`,
        student.topReasons.join(' '),
        '',
      ],
    })),
    ...summary.invalid.map((entry) => ({
      line: entry.line,
      cells: [
        entry.line,
        '',
        '',
        ...QUIZ_OUTCOMES.map(() => ''),
        '',
        '',
        problemMessage(entry.problem),
      ],
    })),
  ].sort((a, b) => a.line - b.line);
  return [header, ...rows.map((row) => row.cells)]
    .map((cells) => cells.map(csvCell).join(','))
    .join('\r\n')
    .concat('\r\n');
}
