'use client';

import { useState } from 'react';
import { SMALL_SECONDARY_BUTTON } from '@/components/ui/button';

/** "Copy link": the address is the comparison, so sending it sends the same two titles. */
export function CopyLink() {
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('Link copied. Paste it into a message to share this comparison.');
    } catch {
      setStatus('Copying was blocked. Copy the address from the address bar instead.');
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3 print:hidden">
      <button type="button" onClick={copy} className={SMALL_SECONDARY_BUTTON}>
        Copy link
      </button>
      <button type="button" onClick={() => window.print()} className={SMALL_SECONDARY_BUTTON}>
        Print
      </button>
      <p role="status" className="text-sm">
        {status}
      </p>
    </div>
  );
}
