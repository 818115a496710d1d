// Whether two titles' pay figures can be read side by side: like with like means the same measure
// and the same period. The note says so either way, and says when both titles share one occupation
// (then the site shows one figure for both, which does not tell them apart).
import type { CompareTitle } from './types';

export interface PayComparison {
  /** True when both figures are shown and measure the same thing for the same period. */
  likeWithLike: boolean;
  note: string;
}

export function payComparison(a: CompareTitle, b: CompareTitle): PayComparison {
  if (a.pay.kind === 'none' && b.pay.kind === 'none') {
    return {
      likeWithLike: false,
      note: 'Neither title has a pay figure that fits, so pay cannot be compared here.',
    };
  }
  if (a.pay.kind === 'none' || b.pay.kind === 'none') {
    const shown = a.pay.kind === 'none' ? b : a;
    return {
      likeWithLike: false,
      note: `Only ${shown.name} has a pay figure that fits, so pay cannot be compared here.`,
    };
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
      note:
        `Not like with like: ${a.name} shows ${first.measureLabel.toLowerCase()} for ${first.period}, ` +
        `${b.name} shows ${second.measureLabel.toLowerCase()} for ${second.period}. Compare them with care.`,
    };
  }
  if (a.pay.occupation === b.pay.occupation) {
    return {
      likeWithLike: true,
      note:
        `Both titles sit in the same occupation, ${a.pay.occupation}, so the site shows the same ` +
        'pay for both. The figure does not tell them apart; the level says where in the range each usually sits.',
    };
  }
  return {
    likeWithLike: true,
    note: `Both figures are ${first.measureLabel.toLowerCase()} for ${first.period}, so they compare like with like.`,
  };
}
