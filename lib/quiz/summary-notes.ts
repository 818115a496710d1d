// What the class summary says about a line that is counted with a caveat, or not counted: the same
// words on screen and in the CSV. The words are the counselors catalog's `notes`, in the page's
// language (lib/i18n/messages/counselors.ts); the browser gets them as a prop.
import type { QuizOutcomeId } from '@/lib/content/vocabulary';
import { formatLocale, formatMessage, type Locale } from '@/lib/i18n';
import type { ResultCertainty } from './certainty';
import {
  isPartialResult,
  type ClassSummary,
  type DuplicateLine,
  type StudentResult,
} from './summary';

/** The templates of the notes, with {placeholders}; "One" and "Many" are a count's two forms. */
export type NoteWords = Readonly<
  Record<
    | 'sameLink'
    | 'sameName'
    | 'unfinished'
    | 'uncertainSplit'
    | 'uncertainFewAnswers'
    | 'partial'
    | 'countedOne'
    | 'countedMany'
    | 'pastedTwiceOne'
    | 'pastedTwiceMany'
    | 'unfinishedOne'
    | 'unfinishedMany'
    | 'unreadableOne'
    | 'unreadableMany',
    string
  >
>;

/** The notes' words and the language they are in (for lists of names: "A and B", "A y B"). */
export interface NoteLanguage {
  locale: Locale;
  words: NoteWords;
}

export function duplicateNote(
  reason: DuplicateLine['reason'],
  of: number,
  { words }: NoteLanguage,
): string {
  return formatMessage(reason === 'same-link' ? words.sameLink : words.sameName, { of });
}

export function unfinishedNote(
  answered: number,
  questionCount: number,
  { words }: NoteLanguage,
): string {
  return formatMessage(words.unfinished, { answered, total: questionCount });
}

/** The CSV's and the table's words for a result the quiz itself calls unsure. */
export function uncertainNote(
  certainty: ResultCertainty,
  names: Readonly<Record<QuizOutcomeId, string>>,
  { locale, words }: NoteLanguage,
): string {
  const list = new Intl.ListFormat(formatLocale(locale), { type: 'conjunction' });
  return certainty.level === 'split'
    ? formatMessage(words.uncertainSplit, {
        names: list.format(certainty.contenders.map((outcome) => names[outcome])),
      })
    : formatMessage(words.uncertainFewAnswers, { missing: certainty.missing });
}

/** A counted student's caveats, in the order the table shows them: partial, then uncertain. */
export function studentNotes(
  student: StudentResult,
  names: Readonly<Record<QuizOutcomeId, string>>,
  language: NoteLanguage,
): string[] {
  const { result, certainty } = student;
  return [
    ...(isPartialResult(result)
      ? [partialNote(result.answered, result.questionCount, language)]
      : []),
    ...(certainty.level === 'clear' ? [] : [uncertainNote(certainty, names, language)]),
  ];
}

export function partialNote(
  answered: number,
  questionCount: number,
  { words }: NoteLanguage,
): string {
  return formatMessage(words.partial, { answered, total: questionCount });
}

/** "1 student", "3 students": the template of the count's form, filled in. */
export function countOf(count: number, one: string, many: string): string {
  return formatMessage(count === 1 ? one : many, { count });
}

/** One sentence for the status line: what was counted, and what was not. */
export function summaryStatus(summary: ClassSummary, { words }: NoteLanguage): string {
  const { students, duplicates, unfinished, invalid } = summary;
  const parts = [
    countOf(students.length, words.countedOne, words.countedMany),
    duplicates.length > 0 &&
      countOf(duplicates.length, words.pastedTwiceOne, words.pastedTwiceMany),
    unfinished.length > 0 && countOf(unfinished.length, words.unfinishedOne, words.unfinishedMany),
    invalid.length > 0 && countOf(invalid.length, words.unreadableOne, words.unreadableMany),
  ];
  return `${parts.filter((part) => part !== false).join('; ')}.`;
}
