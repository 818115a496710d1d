import type { Citation } from '../citations';
import type { LinkedText } from '../glossary';
import type { TrySetId } from '../content/vocabulary';
import type { Messages } from '../i18n/messages';

/** The words around a case (headings, buttons, "The rule:"), from the tryWork catalog. */
export type TryCaseWords = Messages['tryWork']['case'];
/** The words of a set's end (score, "how did that feel?"), from the tryWork catalog. */
export type TryEndWords = Messages['tryWork']['end'];

/** One answer to pick. For a code, `label` is its official ICD-10-CM description, word for word. */
export interface TryOptionView {
  id: string;
  code?: string;
  label: string;
  /** Why it is not the answer; absent on the answer, whose reason is the case's explanation. */
  why?: string;
}

export interface TryNoteLineView {
  label: string;
  text: string;
}

/** One case ready to show: the note, the options, and what the reader sees after answering. */
export interface TryCaseView {
  id: string;
  title: string;
  note: TryNoteLineView[];
  question: string;
  options: TryOptionView[];
  answer: string;
  /** Why the answer is right, its glossary terms linked. */
  explanation: LinkedText;
  /** The guideline or rule behind it, its glossary terms linked. */
  rule: LinkedText;
  citations: Citation[];
}

/** The answers to "how did that feel?", in the order the page offers them. */
export const FEELINGS = ['enjoyed', 'fine', 'notForMe'] as const;
export type Feeling = (typeof FEELINGS)[number];

/** A whole set, as its page and its island show it. */
export interface TrySetView {
  set: TrySetId;
  title: string;
  intro: string;
  cases: TryCaseView[];
  /** What each answer to "how did that feel?" suggests. */
  feelings: Record<Feeling, string>;
  /** Typical pace in words, cited when a source gives it. */
  pace: { text: string; citation?: Citation };
  /** Where the official code descriptions come from (sets that offer codes). */
  codeSource?: { fiscalYear: string; citation: Citation };
}
