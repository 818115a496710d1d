'use client';

import { KeepLink } from '@/components/ui/keep-link';
import { SECONDARY_BUTTON } from './button-styles';
import { freshQuizHref } from '@/lib/quiz';

interface ResultActionsProps {
  /** The absolute address of this result. */
  link: string;
  outcomeName: string;
  /** The quiz with these answers filled in, when they can still be edited. */
  editHref: string | undefined;
}

/** Copy, share, print, edit the answers and retake. */
export function ResultActions({ link, outcomeName, editHref }: ResultActionsProps) {
  return (
    <KeepLink
      id="result-keep"
      heading="Keep or send this result"
      thing="result"
      link={link}
      shareTitle={`My quiz result: ${outcomeName}`}
      copiedMessage="Link copied. Paste it into a message to send it."
    >
      {editHref === undefined ? null : (
        // A full page load, not a client-side one: the quiz reads its answers from the address as
        // it starts, and a client-side navigation starts it before the address has changed.
        <a href={editHref} className={SECONDARY_BUTTON}>
          Edit my answers
        </a>
      )}
      {/* A full page load, like "Edit my answers": the quiz must start from this address, with
          no answers, not from the result's and not from the answers this tab kept. */}
      <a href={freshQuizHref()} className={SECONDARY_BUTTON}>
        Retake the quiz
      </a>
    </KeepLink>
  );
}
