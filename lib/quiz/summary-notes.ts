// What the class summary says about a line that is counted with a caveat, or not counted: the same
// words on screen and in the CSV.
import type { QuizOutcomeId } from '@/lib/content/vocabulary';
import type { ResultCertainty } from './certainty';
import {
  isPartialResult,
  type ClassSummary,
  type DuplicateLine,
  type StudentResult,
} from './summary';

export function duplicateNote(reason: DuplicateLine['reason'], of: number): string {
  return `${reason === 'same-link' ? 'The same link' : 'The same name'} as line ${of}: counted once, on line ${of}.`;
}

export function unfinishedNote(answered: number, questionCount: number): string {
  return `An unfinished quiz (${answered} of ${questionCount} questions answered): ask them to finish and send the result link.`;
}

/** The CSV's and the table's words for a result the quiz itself calls unsure. */
export function uncertainNote(
  certainty: ResultCertainty,
  names: Readonly<Record<QuizOutcomeId, string>>,
): string {
  return certainty.level === 'split'
    ? `Uncertain: split between ${certainty.contenders.map((outcome) => names[outcome]).join(' and ')}.`
    : `Uncertain: too few answers for a clear result (${certainty.missing} more needed).`;
}

/** A counted student's caveats, in the order the table shows them: partial, then uncertain. */
export function studentNotes(
  student: StudentResult,
  names: Readonly<Record<QuizOutcomeId, string>>,
): string[] {
  const { result, certainty } = student;
  return [
    ...(isPartialResult(result) ? [partialNote(result.answered, result.questionCount)] : []),
    ...(certainty.level === 'clear' ? [] : [uncertainNote(certainty, names)]),
  ];
}

export function partialNote(answered: number, questionCount: number): string {
  return `Partial: ${answered} of ${questionCount} questions answered.`;
}

/** "1 student", "3 students". */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** One sentence for the status line: what was counted, and what was not. */
export function summaryStatus(summary: ClassSummary): string {
  const { students, duplicates, unfinished, invalid } = summary;
  const parts = [
    `${countOf(students.length, 'student', 'students')} counted`,
    duplicates.length > 0 && `${countOf(duplicates.length, 'line', 'lines')} pasted twice`,
    unfinished.length > 0 && countOf(unfinished.length, 'unfinished quiz', 'unfinished quizzes'),
    invalid.length > 0 && `${countOf(invalid.length, 'line', 'lines')} could not be read`,
  ];
  return `${parts.filter((part) => part !== false).join('; ')}.`;
}
