import { Link } from '@/components/ui/link';
import type { ReactNode } from 'react';
import { PRIMARY_BUTTON } from './button-styles';

/**
 * Why a result cannot be shown, with a way to take the quiz. `alert` is for a broken link, so screen
 * readers announce it at once; the message is always fixed text, never anything from the link.
 */
export function LinkProblem({
  title,
  alert,
  quiz,
  children,
}: {
  title: string;
  alert: boolean;
  /** The quiz in the page's language, and the words of the link to it. */
  quiz: { href: string; label: string };
  children: ReactNode;
}) {
  return (
    <div
      role={alert ? 'alert' : undefined}
      className="max-w-2xl rounded-lg border border-amber-400 bg-amber-50 p-5 text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-50"
    >
      <h2 className="text-xl font-semibold">{title}</h2>
      <div className="mt-2 space-y-2">{children}</div>
      <p className="mt-4">
        <Link href={quiz.href} className={PRIMARY_BUTTON}>
          {quiz.label}
        </Link>
      </p>
    </div>
  );
}
