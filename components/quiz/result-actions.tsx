'use client';

import { KeepLink } from '@/components/ui/keep-link';
import { SECONDARY_BUTTON } from './button-styles';
import { formatMessage, type Locale } from '@/lib/i18n';
import type { Messages } from '@/lib/i18n/messages';
import { freshQuizHref } from '@/lib/quiz';

interface ResultActionsProps {
  /** The absolute address of this result. */
  link: string;
  outcomeName: string;
  /** The quiz with these answers filled in, when they can still be edited. */
  editHref: string | undefined;
  locale: Locale;
  words: Messages['quiz']['result'];
  keepWords: Messages['quiz']['keep'];
}

/** Copy, share, print, edit the answers and retake. */
export function ResultActions({
  link,
  outcomeName,
  editHref,
  locale,
  words,
  keepWords,
}: ResultActionsProps) {
  return (
    <KeepLink
      id="result-keep"
      words={keepWords}
      link={link}
      shareTitle={formatMessage(words.shareTitle, { outcome: outcomeName })}
    >
      {editHref === undefined ? null : (
        // A full page load, not a client-side one: the quiz reads its answers from the address as
        // it starts, and a client-side navigation starts it before the address has changed.
        <a href={editHref} className={SECONDARY_BUTTON}>
          {words.editAnswers}
        </a>
      )}
      {/* A full page load, like "Edit my answers": the quiz must start from this address, with
          no answers, not from the result's and not from the answers this tab kept. */}
      <a href={freshQuizHref(locale)} className={SECONDARY_BUTTON}>
        {words.retake}
      </a>
    </KeepLink>
  );
}
