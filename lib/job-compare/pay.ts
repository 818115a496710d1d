// Whether two titles' pay figures can be read side by side: like with like means the same measure
// and the same period. The note says so either way, and says when both titles share one occupation
// (then the site shows one figure for both, which does not tell them apart).
import { formatMessage } from '@/lib/i18n/format-message';
import type { CompareTitle } from './types';

export interface PayComparison {
  /** True when both figures are shown and measure the same thing for the same period. */
  likeWithLike: boolean;
  note: string;
}

/** The notes, in the page's language (the jobs catalog's `compare.payNotes`). */
export interface PayNoteWords {
  neither: string;
  onlyOne: string;
  unlike: string;
  sameOccupation: string;
  like: string;
}

export function payComparison(
  a: CompareTitle,
  b: CompareTitle,
  words: PayNoteWords,
): PayComparison {
  if (a.pay.kind === 'none' && b.pay.kind === 'none') {
    return { likeWithLike: false, note: words.neither };
  }
  if (a.pay.kind === 'none' || b.pay.kind === 'none') {
    const shown = a.pay.kind === 'none' ? b : a;
    return { likeWithLike: false, note: formatMessage(words.onlyOne, { name: shown.name }) };
  }
  const first = a.pay.median;
  const second = b.pay.median;
  const same =
    first.measure === second.measure &&
    first.measureLabel === second.measureLabel &&
    first.period === second.period;
  if (!same) {
    return {
      likeWithLike: false,
      note: formatMessage(words.unlike, {
        a: a.name,
        measureA: first.measureLabel.toLowerCase(),
        periodA: first.period,
        b: b.name,
        measureB: second.measureLabel.toLowerCase(),
        periodB: second.period,
      }),
    };
  }
  if (a.pay.occupation === b.pay.occupation) {
    return {
      likeWithLike: true,
      note: formatMessage(words.sameOccupation, { occupation: a.pay.occupation }),
    };
  }
  return {
    likeWithLike: true,
    note: formatMessage(words.like, {
      measure: first.measureLabel.toLowerCase(),
      period: first.period,
    }),
  };
}
