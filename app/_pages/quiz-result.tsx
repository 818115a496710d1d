import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import { ResultIsland } from '@/components/quiz/result-island';
import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { getQuizDefinitions, getQuizOutcomes } from '@/lib/quiz/server';
import { pageMetadata } from '@/lib/metadata';
import { routes, routesFor } from '@/lib/routes';

export function quizResultMetadata(locale: Locale): Metadata {
  const words = getMessages(locale).quiz.resultPage;
  return {
    ...pageMetadata({
      title: words.metaTitle,
      description: words.metaDescription,
      path: routes.quizResult(),
      locale,
      card: 'quiz',
    }),
    // Every result is this one page with a different code; there is nothing here for search engines.
    robots: { index: false, follow: true },
  };
}

/**
 * A result in `locale`. The code after "#" is the same in every language, so the language switch,
 * which keeps it, shows the same result in the other language.
 */
export function QuizResultPage({ locale }: { locale: Locale }) {
  const { resultPage, result, keep, problems } = getMessages(locale).quiz;
  return (
    <>
      {/* PageIntro's heading, made smaller on paper so the result fits one sheet. */}
      <h1 className="mb-8 max-w-3xl text-3xl font-bold tracking-tight sm:text-4xl print:mb-3 print:text-2xl">
        {resultPage.title}
      </h1>
      <noscript>
        <p className="max-w-2xl rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
          <RichText
            text={resultPage.noScript}
            tags={{ compare: (words) => <Link href={routesFor(locale).compare()}>{words}</Link> }}
          />
        </p>
      </noscript>
      {/* The result is drawn after the script runs; until then this space keeps the footer below
          the screen, so nothing on screen moves when it appears (layout shift). */}
      <div data-js-only="" className="in-[.js]:min-h-svh print:min-h-0">
        <ResultIsland
          definitions={getQuizDefinitions(locale)}
          outcomes={getQuizOutcomes(locale)}
          locale={locale}
          words={{ result, keep, problems }}
        />
      </div>
    </>
  );
}
