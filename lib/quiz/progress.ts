// Where an unfinished quiz picks up from. Answers live in three places: the page's address (so a
// reload or a shared link resumes), the history entry of each question (so Back and Forward step
// through them) and this browser tab's session storage (so leaving the quiz and coming back keeps
// them). Nothing here touches the browser: the island reads those places and passes them in.
import { asksForFreshStart, readProgress, readQuestion } from './links';
import type { Answers, QuizDefinition } from './types';

/** The session storage key of the answers so far, stored as a progress fragment ("#a=…&q=…"). */
export const PROGRESS_STORAGE_KEY = 'quiz-progress';

/** Marks the history entries the quiz writes, one per question. */
const QUIZ_ENTRY = 'quizStep';

export interface Progress {
  answers: Answers;
  current: number;
}

export interface ProgressSources {
  /** The address's fragment. */
  fragment: string;
  /** What session storage holds under PROGRESS_STORAGE_KEY, or null. */
  stored: string | null;
  /** window.history.state of the entry being opened. */
  historyState: unknown;
}

/** The state for a history entry the quiz writes; Next.js adds its own fields beside it. */
export function quizEntryState(): Record<string, unknown> {
  return { [QUIZ_ENTRY]: true };
}

/** Whether a history entry is one the quiz wrote (not a link someone opened). */
export function isQuizEntry(historyState: unknown): boolean {
  return (
    typeof historyState === 'object' &&
    historyState !== null &&
    QUIZ_ENTRY in historyState &&
    historyState[QUIZ_ENTRY] === true
  );
}

/**
 * The answers and question to start on, or null for a fresh quiz. A link's own answers win (a
 * shared link, "Edit my answers"), except on an entry the quiz wrote itself: its address can be older
 * than the stored answers (Back after a reload), so there only its question number counts. Stored
 * data that does not decode for this quiz version is ignored; freshQuizHref's address ignores it all.
 */
export function startingProgress(
  sources: ProgressSources,
  definition: QuizDefinition,
): Progress | null {
  if (asksForFreshStart(sources.fragment)) return null;
  const linked = readProgress(sources.fragment, definition);
  const saved = readProgress(sources.stored ?? '', definition);
  if (saved !== null && (linked === null || isQuizEntry(sources.historyState))) {
    return {
      answers: saved.answers,
      current: readQuestion(sources.fragment, definition) ?? saved.current,
    };
  }
  return linked;
}
