'use client';

import { formatMessage } from '@/lib/i18n';
import type { Messages } from '@/lib/i18n/messages';
import { QuizQrCode } from './quiz-qr-code';
import { useServedLink, type ServedLink } from './use-served-link';

/**
 * The quiz address as text and as a QR code image, with a download link. The HTML carries the
 * build-time address (SITE_URL) for readers without JavaScript; once hydrated, the card shows the
 * address the page is served from (useServedLink).
 */
export function QuizLinkCard({
  path,
  built,
  pagePath,
  words,
}: {
  path: string;
  built: ServedLink;
  /** This page's path, which the no-JavaScript note says to swap for the quiz's. */
  pagePath: string;
  words: Messages['counselors']['quizLink'];
}) {
  const { address, shown } = useServedLink(path, built);
  return (
    <div className="mt-4 flex flex-col gap-6 rounded-lg border border-slate-200 p-5 sm:flex-row sm:items-center dark:border-slate-700">
      <QuizQrCode shown={shown} size={192} className="size-48 self-center" alt={words.qrAlt} />
      <div className="min-w-0 space-y-3">
        <p>
          {words.label}{' '}
          {/* data-served-address: this text differs with JavaScript off, by design. */}
          <a href={address} data-served-address="" className="font-mono break-all">
            {address}
          </a>
          <noscript>
            <span> {formatMessage(words.built, { path, counselors: pagePath })}</span>
          </noscript>
        </p>
        <p>{words.show}</p>
        <p>
          <a href={shown.qrCode} download="coder-or-biller-quiz-qr.svg">
            {words.downloadQr}
          </a>
        </p>
      </div>
    </div>
  );
}
