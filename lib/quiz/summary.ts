// The counselors' class summary: many pasted result links in, counts and one entry per line out.
// Runs in the browser; nothing is sent anywhere. A bad line is listed with its problem and the rest
// still count; a link or name pasted twice counts once (the first line is kept).
import type { QuizOutcomeId } from '@/lib/content/vocabulary';
import { resultCertainty, type ResultCertainty } from './certainty';
import { decodeAnswers, encodeAnswers } from './codec';
import type { LineProblem } from './messages';
import { scoreAnswers } from './registry';
import { nameKey, splitResultLine } from './summary-lines';
import type { QuizDefinition, ScoredResult } from './types';

export interface StudentResult {
  /** Line number in the pasted text, from 1. */
  line: number;
  /** Text typed on the line beside the link, such as a student's name. */
  label: string | null;
  /** The code written afresh from the decoded answers, so no pasted text is reused. */
  code: string;
  result: ScoredResult;
  /** How sure the result is, by the quiz version's own rule (few answers, or a near tie). */
  certainty: ResultCertainty;
  topReasons: readonly string[];
}

/** A line that repeats an earlier one: left out of the counts. */
export interface DuplicateLine {
  line: number;
  /** The earlier line that is counted. */
  of: number;
  reason: 'same-link' | 'same-name';
  student: StudentResult;
}

/** A quiz page link with the answers so far: the student sent it before finishing. */
export interface UnfinishedLine {
  line: number;
  label: string | null;
  answered: number;
  questionCount: number;
  link: string;
}

export interface InvalidLine {
  line: number;
  problem: LineProblem;
  /** The link or code as pasted, if the line had one. */
  link: string | null;
}

export interface ClassSummary {
  /** Counted results, one per student, in pasted order. */
  students: readonly StudentResult[];
  duplicates: readonly DuplicateLine[];
  unfinished: readonly UnfinishedLine[];
  invalid: readonly InvalidLine[];
  counts: Readonly<Record<QuizOutcomeId, number>>;
}

/** True when some questions were skipped: the result rests on fewer answers than the quiz has. */
export function isPartialResult(result: ScoredResult): boolean {
  return result.answered < result.questionCount;
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

export function summarizeClass(
  pasted: string,
  definitions: readonly QuizDefinition[],
  reasonsPerStudent = 2,
): ClassSummary {
  const students: StudentResult[] = [];
  const duplicates: DuplicateLine[] = [];
  const unfinished: UnfinishedLine[] = [];
  const invalid: InvalidLine[] = [];
  const counts: Record<QuizOutcomeId, number> = { coding: 0, billing: 0, both: 0, adjacent: 0 };
  // The first line of each code and of each name, to spot repeats.
  const firstOfCode = new Map<string, number>();
  const firstOfName = new Map<string, number>();
  pasted.split(/\r?\n/).forEach((text, index) => {
    const line = index + 1;
    if (text.trim() === '') return;
    const parts = splitResultLine(text);
    if (parts === null) {
      invalid.push({ line, problem: 'not-a-result-link', link: null });
      return;
    }
    const decoded = decodeAnswers(parts.code, definitions);
    if (!decoded.ok) {
      invalid.push({ line, problem: decoded.error, link: parts.link });
      return;
    }
    if (parts.unfinished) {
      const answered = decoded.answers.filter((answer) => answer !== null).length;
      const questionCount = decoded.definition.questions.length;
      unfinished.push({ line, label: parts.label, answered, questionCount, link: parts.link });
      return;
    }
    const result = scoreAnswers(decoded.definition, decoded.answers);
    if (result.kind === 'no-answers') {
      invalid.push({ line, problem: 'no-answers', link: parts.link });
      return;
    }
    const student: StudentResult = {
      line,
      label: parts.label,
      code: encodeAnswers(decoded.definition, decoded.answers),
      result,
      certainty: resultCertainty(result, decoded.definition.certainty),
      topReasons: topReasons(result, reasonsPerStudent),
    };
    const name = parts.label === null ? null : nameKey(parts.label);
    const sameLink = firstOfCode.get(student.code);
    const sameName = name === null ? undefined : firstOfName.get(name);
    const of = sameLink ?? sameName;
    if (of !== undefined) {
      duplicates.push({
        line,
        of,
        reason: sameLink === undefined ? 'same-name' : 'same-link',
        student,
      });
      return;
    }
    firstOfCode.set(student.code, line);
    if (name !== null) firstOfName.set(name, line);
    counts[result.top] += 1;
    students.push(student);
  });
  return { students, duplicates, unfinished, invalid, counts };
}
