// A job title's pay, as its page shows it: the headline median of its occupation, the spread
// published with that median, and where the title's level usually sits; or, where no figure fits,
// why not.
import {
  rankOfSource,
  viewHeadline,
  viewMeasuredFigure,
  type HeadlineFigureView,
  type MeasuredFigureView,
} from '@/lib/citations';
import type { JobTitle, Occupation } from '@/lib/content';
import { periodText } from '@/lib/content/period';
import { chooseHeadline, periodName, type FigureQuery } from '@/lib/figures';
import { DEFAULT_LOCALE, type Locale } from '@/lib/i18n';
import type { JobLevel } from '@/lib/content/vocabulary';
import { formatMessage } from '@/lib/i18n/format-message';
import { paySpread } from '../pay-spread';

export type TitlePay =
  | {
      kind: 'shown';
      median: HeadlineFigureView;
      /** The 10th to 90th percentile of the median's own period and source, low to high. */
      spread?: MeasuredFigureView[];
      /** The median's period, to say the spread is not published here for it. */
      period: string;
      /** Where the title's level usually sits in the range, in words. */
      position: string;
    }
  | {
      kind: 'none';
      /** Why no figure is shown: the nearest occupation's pay would mislead, or there is none. */
      why: 'misleads' | 'no-figure';
    };

/** The words of a title's pay, in the page's language (the jobs catalog's `title`). */
export interface TitlePayWords {
  payPositions: Readonly<Record<JobLevel, string>>;
  noPay: { misleads: string; noFigure: string };
}

/** Why a title shows no pay, as its page and the compare page say it. */
export function noPaySentence(
  why: 'misleads' | 'no-figure',
  occupationTitle: string,
  words: Pick<TitlePayWords, 'noPay'>,
): string {
  return why === 'misleads'
    ? words.noPay.misleads
    : formatMessage(words.noPay.noFigure, { occupation: occupationTitle });
}

const MEDIAN_PAY: FigureQuery = { measure: 'median-pay', unit: 'usd-per-year' };

export function titlePay(
  title: JobTitle,
  occupation: Occupation,
  words: TitlePayWords,
  locale: Locale = DEFAULT_LOCALE,
): TitlePay {
  if (title.occupationMatch.payFits === false) return { kind: 'none', why: 'misleads' };
  // The raw headline gives the period and source the spread must share; the view is what is shown.
  const chosen = chooseHeadline(occupation.figures, MEDIAN_PAY, rankOfSource)?.headline;
  const median = viewHeadline(occupation, MEDIAN_PAY, locale);
  if (chosen === undefined || median === undefined) return { kind: 'none', why: 'no-figure' };
  const spread = paySpread(occupation.figures, chosen)?.map((figure) =>
    viewMeasuredFigure(occupation.code, figure, occupation.figures, locale),
  );
  return {
    kind: 'shown',
    median,
    ...(spread ? { spread } : {}),
    period: periodText(periodName(chosen.asOf), locale),
    position: words.payPositions[title.level],
  };
}
