'use client';

import type { Messages } from '@/lib/i18n/messages';
import { QuizQrCode } from './quiz-qr-code';
import { useServedLink, type ServedLink } from './use-served-link';

/**
 * The quiz's QR code and its address in large type, for the printed handout. Like the quiz link
 * card, it shows the build-time address without JavaScript and the served one once hydrated.
 */
export function HandoutQuizLink({
  path,
  built,
  words,
}: {
  path: string;
  built: ServedLink;
  words: Messages['counselors']['quizLink'];
}) {
  const { address, shown } = useServedLink(path, built);
  return (
    <div className="flex flex-col items-center gap-4 rounded-lg border-2 border-slate-300 p-4 sm:flex-row sm:gap-5 dark:border-slate-600 print:flex-row print:gap-4 print:p-3">
      <QuizQrCode shown={shown} size={160} className="size-40 print:size-32" alt={words.qrAlt} />
      <div className="min-w-0 space-y-2">
        <p className="font-semibold">{words.scan}</p>
        <p className="text-lg sm:text-2xl print:text-lg">
          {/* data-served-address: this text differs with JavaScript off, by design. */}
          <a href={address} data-served-address="" className="font-mono break-all">
            {address}
          </a>
        </p>
        <p className="text-sm">{words.privacy}</p>
      </div>
    </div>
  );
}
