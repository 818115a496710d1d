import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import { PageIntro } from '@/components/layout/page-intro';
import { QuizIsland } from '@/components/quiz/quiz-island';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { getCurrentQuiz, getCurrentQuizLength } from '@/lib/quiz/server';
import { pageMetadata } from '@/lib/metadata';
import { routes, routesFor } from '@/lib/routes';

export function quizMetadata(locale: Locale): Metadata {
  const words = getMessages(locale).quiz.page;
  return pageMetadata({
    title: words.metaTitle,
    description: words.metaDescription,
    path: routes.quiz(),
    locale,
    card: 'quiz',
  });
}

/** The quiz in `locale`: the same questions, weights and result codes in every language. */
export function QuizPage({ locale }: { locale: Locale }) {
  const { page, runner } = getMessages(locale).quiz;
  const quiz = getCurrentQuiz(locale);
  const length = getCurrentQuizLength();
  return (
    <div className="group/quiz">
      <PageIntro title={page.title}>
        {/* Shown once: past the first question the quiz island marks itself started. */}
        <p className="text-base group-has-[[data-quiz-started]]/quiz:hidden sm:text-lg">
          {formatMessage(page.intro, { questions: length.questions, minutes: length.minutes })}
        </p>
      </PageIntro>
      <noscript>
        <p className="max-w-2xl rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
          <RichText
            text={page.noScript}
            tags={{ compare: (words) => <Link href={routesFor(locale).compare()}>{words}</Link> }}
          />
        </p>
      </noscript>
      <div data-js-only="" className="in-[.js]:min-h-[36rem]">
        <QuizIsland quiz={quiz} locale={locale} words={runner} />
      </div>
    </div>
  );
}
