'use client';

import { useState } from 'react';
import { SMALL_SECONDARY_BUTTON } from '@/components/ui/button';
import type { CompareLabels } from '@/lib/job-compare';

/** "Copy link": the address is the comparison, so sending it sends the same two titles. */
export function CopyLink({
  labels,
}: {
  labels: Pick<CompareLabels, 'copyLink' | 'print' | 'copied' | 'copyBlocked'>;
}) {
  const [status, setStatus] = useState('');

  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus(labels.copied);
    } catch {
      setStatus(labels.copyBlocked);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3 print:hidden">
      <button type="button" onClick={copy} className={SMALL_SECONDARY_BUTTON}>
        {labels.copyLink}
      </button>
      <button type="button" onClick={() => window.print()} className={SMALL_SECONDARY_BUTTON}>
        {labels.print}
      </button>
      <p role="status" className="text-sm">
        {status}
      </p>
    </div>
  );
}
