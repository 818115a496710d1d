import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ResultIsland } from '@/components/quiz/result-island';
import { getQuizDefinitions, getQuizOutcomes } from '@/lib/quiz/server';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const metadata: Metadata = {
  ...pageMetadata({
    title: 'Your role-fit quiz result',
    description: 'A role-fit quiz result: the best-fitting path, how the answers split, and why.',
    path: routes.quizResult(),
    card: 'quiz',
  }),
  // Every result is this one page with a different code; there is nothing here for search engines.
  robots: { index: false, follow: true },
};

export default function QuizResultPage() {
  return (
    <>
      {/* PageIntro's heading, made smaller on paper so the result fits one sheet. */}
      <h1 className="mb-8 max-w-3xl text-3xl font-bold tracking-tight sm:text-4xl print:mb-3 print:text-2xl">
        Your role-fit result
      </h1>
      <noscript>
        <p className="max-w-2xl rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
          Quiz results are read from the link by JavaScript, which is turned off or blocked in this
          browser. You can still{' '}
          <Link href={routes.compare()}>compare coding and billing side by side</Link>.
        </p>
      </noscript>
      {/* The result is drawn after the script runs; until then this space keeps the footer below
          the screen, so nothing on screen moves when it appears (layout shift). */}
      <div data-js-only="" className="in-[.js]:min-h-svh print:min-h-0">
        <ResultIsland definitions={getQuizDefinitions()} outcomes={getQuizOutcomes()} />
      </div>
    </>
  );
}
