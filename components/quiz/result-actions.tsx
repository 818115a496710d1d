'use client';

import { useRef, useState } from 'react';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from './button-styles';
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
  const [status, setStatus] = useState('');
  const fieldRef = useRef<HTMLInputElement>(null);
  // Only rendered in the browser (after the address is read), so navigator is there.
  const canShare = typeof navigator.share === 'function';

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Link copied. Paste it into a message to send it.');
    } catch {
      fieldRef.current?.select();
      setStatus('Copying was blocked. The link is selected: copy it with your keyboard or menu.');
    }
  }

  async function share() {
    try {
      await navigator.share({ title: `My quiz result: ${outcomeName}`, url: link });
    } catch {
      // Closing the share sheet rejects too; nothing to report.
    }
  }

  return (
    <section aria-labelledby="result-keep" className="mt-10 max-w-3xl print:hidden">
      <h2 id="result-keep" className="text-2xl font-semibold">
        Keep or send this result
      </h2>
      <p className="mt-2">
        The link holds your answers, so it opens this same result on any device. Nothing is stored
        anywhere else.
      </p>
      <label htmlFor="result-link" className="mt-4 block font-medium">
        Your result link
      </label>
      <input
        id="result-link"
        ref={fieldRef}
        type="text"
        readOnly
        value={link}
        onFocus={(event) => event.currentTarget.select()}
        className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
      />
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" onClick={copy} className={PRIMARY_BUTTON}>
          Copy link
        </button>
        {canShare ? (
          <button type="button" onClick={share} className={SECONDARY_BUTTON}>
            Share
          </button>
        ) : null}
        <button type="button" onClick={() => window.print()} className={SECONDARY_BUTTON}>
          Print
        </button>
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
      </div>
      <p role="status" className="mt-3 min-h-6 text-sm">
        {status}
      </p>
    </section>
  );
}
