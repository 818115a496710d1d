'use client';

import { routes } from '@/lib/routes';
import { QuizQrCode } from './quiz-qr-code';
import { useServedLink, type ServedLink } from './use-served-link';

/**
 * The quiz address as text and as a QR code image, with a download link. The HTML carries the
 * build-time address (SITE_URL) for readers without JavaScript; once hydrated, the card shows the
 * address the page is served from (useServedLink).
 */
export function QuizLinkCard({ path, built }: { path: string; built: ServedLink }) {
  const { address, shown } = useServedLink(path, built);
  return (
    <div className="mt-4 flex flex-col gap-6 rounded-lg border border-slate-200 p-5 sm:flex-row sm:items-center dark:border-slate-700">
      <QuizQrCode shown={shown} size={192} className="size-48 self-center" />
      <div className="min-w-0 space-y-3">
        <p>
          Quiz link: {/* data-served-address: this text differs with JavaScript off, by design. */}
          <a href={address} data-served-address="" className="font-mono break-all">
            {address}
          </a>
          <noscript>
            <span>
              {' '}
              (the address this site was built for; if it does not open, use the address of this
              page with {path} in place of {routes.counselors()})
            </span>
          </noscript>
        </p>
        <p>
          Show the code on a screen or print it: students scan it with their phone camera to open
          the quiz.
        </p>
        <p>
          <a href={shown.qrCode} download="coder-or-biller-quiz-qr.svg">
            Download the QR code (SVG image)
          </a>
        </p>
      </div>
    </div>
  );
}
