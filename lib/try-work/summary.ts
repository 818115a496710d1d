// The end of a set: the score in words and what the reader's "how did that feel?" answer suggests.
import { formatMessage } from '../i18n/format-message';
import type { TryScore } from './scoring';
import type { Feeling, TryEndWords, TrySetView } from './types';

export interface TrySummary {
  scoreLine: string;
  /** Said whatever the score: the score is practice, not a test of fitness for the job. */
  scoreNote: string;
  /** What the feeling suggests, once the reader has picked one. */
  suggestion: string | null;
}

type SummaryWords = Pick<TryEndWords, 'scoreLine' | 'allRight' | 'scoreNote'>;

export function scoreLine({ right, total }: TryScore, words: SummaryWords): string {
  return formatMessage(words.scoreLine, { right, total });
}

export function summaryOf(
  score: TryScore,
  feeling: Feeling | null,
  feelings: TrySetView['feelings'],
  words: SummaryWords,
): TrySummary {
  return {
    scoreLine: scoreLine(score, words),
    scoreNote: score.right === score.total ? words.allRight : words.scoreNote,
    suggestion: feeling === null ? null : feelings[feeling],
  };
}
