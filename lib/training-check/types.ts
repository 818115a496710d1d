// The checklist as the browser gets it: plain data built from content/training-check.yaml at build
// time, so the island never loads the content layer.
import type { Citation } from '../citations';
import type { Messages } from '../i18n/messages';

/** The three answers every question takes. */
export const ANSWERS = ['yes', 'no', 'unsure'] as const;
export type Answer = (typeof ANSWERS)[number];

/**
 * The checklist's and its summary's words in one language (lib/i18n/messages/training-check.ts).
 * The server passes them to the island, which never loads a catalog (the import is a type only).
 */
export type ChecklistLabels = Messages['trainingCheck']['checklist'];

/** A public site to look something up on. */
export interface CheckPlace {
  name: string;
  url: string;
}

export interface ChecklistQuestion {
  id: string;
  prompt: string;
  /** Set for a red-flag question: a "yes" means the reader saw this red flag. */
  redFlag?: { name: string; why: string; citation?: Citation };
  /** Set for a check: what a "no" means, in one sentence. */
  concern?: string;
  /** What to ask or do next while the answer worries or is still open. */
  ask: string;
  where?: CheckPlace;
}

export interface ChecklistGroup {
  id: string;
  title: string;
  questions: ChecklistQuestion[];
}

/** The summary's headline, by the worst thing the answers show. */
export type VerdictId = 'redFlags' | 'concerns' | 'open' | 'clear';

export interface Verdict {
  title: string;
  text: string;
}

export interface Checklist {
  groups: ChecklistGroup[];
  verdicts: Readonly<Record<VerdictId, Verdict>>;
}

/** The reader's answers by question id; a question without one is unanswered. */
export type Answers = Readonly<Partial<Record<string, Answer>>>;

/** Every question of the checklist, in order. */
export function checklistQuestions(checklist: Checklist): ChecklistQuestion[] {
  return checklist.groups.flatMap((group) => group.questions);
}
