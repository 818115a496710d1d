// The end of a set: the score in words and what the reader's "how did that feel?" answer suggests.
import type { TryScore } from './scoring';
import type { Feeling, TrySetView } from './types';

export const FEELING_LABELS: Record<Feeling, string> = {
  enjoyed: 'I enjoyed it',
  fine: 'It was fine',
  notForMe: 'Not for me',
};

export interface TrySummary {
  scoreLine: string;
  /** Said whatever the score: the score is practice, not a test of fitness for the job. */
  scoreNote: string;
  /** What the feeling suggests, once the reader has picked one. */
  suggestion: string | null;
}

export function scoreLine({ right, total }: TryScore): string {
  return `You got ${right} of ${total} right.`;
}

export function summaryOf(
  score: TryScore,
  feeling: Feeling | null,
  feelings: TrySetView['feelings'],
): TrySummary {
  return {
    scoreLine: scoreLine(score),
    scoreNote:
      score.right === score.total
        ? 'Every one right. Nice work.'
        : 'New coders and billers get cases wrong too. How it felt matters more than the score.',
    suggestion: feeling === null ? null : feelings[feeling],
  };
}
