'use client';

import { useRef, useState, type ReactNode } from 'react';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from '@/components/quiz/button-styles';

/** KeepLink's words, in the page's language (from the catalog of the page that uses it). */
export interface KeepLinkWords {
  heading: string;
  /** What the link holds and that nothing is stored elsewhere. */
  intro: string;
  fieldLabel: string;
  copy: string;
  /** What the status line says once the link is copied. */
  copied: string;
  copyBlocked: string;
  share: string;
  print: string;
}

interface KeepLinkProps {
  /** The id of the section's heading, and the prefix of its field's id. */
  id: string;
  words: KeepLinkWords;
  /** The absolute address to keep. */
  link: string;
  shareTitle: string;
  /** More actions after Copy, Share and Print: links styled with SECONDARY_BUTTON. */
  children: ReactNode;
}

/**
 * A permanent link to keep: the link in a field, Copy, Share (where the browser can) and Print, with
 * a status line that says what happened. The quiz's result and the plan share it.
 */
export function KeepLink({ id, words, link, shareTitle, children }: KeepLinkProps) {
  const [status, setStatus] = useState('');
  const fieldRef = useRef<HTMLInputElement>(null);
  // Only rendered in the browser (after the address is read), so navigator is there.
  const canShare = typeof navigator.share === 'function';

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(words.copied);
    } catch {
      fieldRef.current?.select();
      setStatus(words.copyBlocked);
    }
  }

  async function share() {
    try {
      await navigator.share({ title: shareTitle, url: link });
    } catch {
      // Closing the share sheet rejects too; nothing to report.
    }
  }

  return (
    <section aria-labelledby={id} className="mt-10 max-w-3xl print:hidden">
      <h2 id={id} className="text-2xl font-semibold">
        {words.heading}
      </h2>
      <p className="mt-2">{words.intro}</p>
      <label htmlFor={`${id}-link`} className="mt-4 block font-medium">
        {words.fieldLabel}
      </label>
      <input
        id={`${id}-link`}
        ref={fieldRef}
        type="text"
        readOnly
        value={link}
        onFocus={(event) => event.currentTarget.select()}
        className="mt-1 w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
      />
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" onClick={copy} className={PRIMARY_BUTTON}>
          {words.copy}
        </button>
        {canShare ? (
          <button type="button" onClick={share} className={SECONDARY_BUTTON}>
            {words.share}
          </button>
        ) : null}
        <button type="button" onClick={() => window.print()} className={SECONDARY_BUTTON}>
          {words.print}
        </button>
        {children}
      </div>
      <p role="status" className="mt-3 min-h-6 text-sm">
        {status}
      </p>
    </section>
  );
}
