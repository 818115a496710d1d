'use client';

import { useRef, useState } from 'react';
import { PRIMARY_BUTTON, SECONDARY_BUTTON } from '@/components/quiz/button-styles';
import { routes } from '@/lib/routes';

/** Copy, share and print a plan, or start a new one. */
export function PlanActions({ link }: { link: string }) {
  const [status, setStatus] = useState('');
  const fieldRef = useRef<HTMLInputElement>(null);
  // Only rendered in the browser (after the address is read), so navigator is there.
  const canShare = typeof navigator.share === 'function';

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Link copied. Keep it, or paste it into a message.');
    } catch {
      fieldRef.current?.select();
      setStatus('Copying was blocked. The link is selected: copy it with your keyboard or menu.');
    }
  }

  async function share() {
    try {
      await navigator.share({ title: 'My plan to a first job', url: link });
    } catch {
      // Closing the share sheet rejects too; nothing to report.
    }
  }

  return (
    <section aria-labelledby="plan-keep" className="mt-10 max-w-3xl print:hidden">
      <h2 id="plan-keep" className="text-2xl font-semibold">
        Keep this plan
      </h2>
      <p className="mt-2">
        The link holds your answers, so it opens this same plan on any device. Nothing is stored
        anywhere else.
      </p>
      <label htmlFor="plan-link" className="mt-4 block font-medium">
        Your plan link
      </label>
      <input
        id="plan-link"
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
        <a href={routes.plan()} className={SECONDARY_BUTTON}>
          Make a new plan
        </a>
      </div>
      <p role="status" className="mt-3 min-h-6 text-sm">
        {status}
      </p>
    </section>
  );
}
