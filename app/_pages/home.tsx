import type { Metadata } from 'next';
import { ComparisonTable } from '@/components/compare/comparison-table';
import { EntryPoints } from '@/components/home/entry-points';
import { JobSearchForm } from '@/components/home/job-search-form';
import { QuizStart } from '@/components/home/quiz-start';
import { SuitsYouIf } from '@/components/home/suits-you-if';
import { JsonLd } from '@/components/layout/json-ld';
import { getSiteInfo } from '@/lib/content';
import { getHomePage } from '@/lib/home';
import { formatMessage, type Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata, websiteJsonLd } from '@/lib/metadata';
import { routes, routesFor } from '@/lib/routes';

export function homeMetadata(locale: Locale): Metadata {
  const site = getSiteInfo(locale);
  return {
    // The home page's title is the site's own ("Coder or Biller: …"), not a page within it.
    ...pageMetadata({
      title: `${site.name}: ${site.tagline}`,
      description: site.description,
      path: routes.home(),
      locale,
    }),
    title: { absolute: `${site.name}: ${site.tagline}` },
  };
}

// The answer in words, the quiz and the finder come first, so that they fill a phone's first
// screen; the cited facts follow.
export function HomePage({ locale }: { locale: Locale }) {
  const home = getHomePage(locale);
  const messages = getMessages(locale).home;
  return (
    <>
      <JsonLd json={websiteJsonLd(locale)} />
      <h1 className="text-2xl font-bold tracking-tight sm:text-4xl">{messages.title}</h1>
      <SuitsYouIf answers={home.suitsYouIf} />
      <QuizStart
        quiz={home.quiz}
        label={messages.takeQuiz}
        questions={formatMessage(messages.quizQuestions, { questions: home.quiz.questions })}
        minutes={formatMessage(messages.quizMinutes, { minutes: home.quiz.minutes })}
      />

      <section aria-labelledby="finder-heading" className="mt-4 max-w-3xl sm:mt-6">
        <h2 id="finder-heading" className="text-lg font-semibold">
          {messages.finderHeading}
        </h2>
        <JobSearchForm action={routesFor(locale).jobs()} words={messages.search} />
      </section>

      <section aria-labelledby="answer-heading" className="mt-12">
        <h2 id="answer-heading" className="text-2xl font-semibold">
          {messages.answerHeading}
        </h2>
        <p className="mt-2 max-w-3xl">{home.description}</p>
        <ComparisonTable
          comparison={home.summary}
          caption={formatMessage(messages.caption, {
            count: home.summary.rows.length,
            total: home.fullRowCount,
          })}
        />
      </section>

      <section aria-labelledby="next-heading" className="mt-12">
        <h2 id="next-heading" className="text-2xl font-semibold">
          {messages.nextHeading}
        </h2>
        <EntryPoints entries={home.entryPoints} />
      </section>
    </>
  );
}
