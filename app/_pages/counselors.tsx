import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import { ClassSummaryIsland } from '@/components/counselors/class-summary-island';
import { KitLinks } from '@/components/counselors/kit-links';
import { QuizLinkCard } from '@/components/counselors/quiz-link-card';
import { PageIntro } from '@/components/layout/page-intro';
import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { getQuizDefinitions, getQuizOutcomes, qrCodeDataUrl } from '@/lib/quiz/server';
import { absoluteUrl } from '@/lib/site';
import { pageMetadata } from '@/lib/metadata';
import { routes, routesFor } from '@/lib/routes';

export function counselorsMetadata(locale: Locale): Metadata {
  const words = getMessages(locale).counselors.page;
  return pageMetadata({
    title: words.metaTitle,
    description: words.metaDescription,
    path: routes.counselors(),
    locale,
    card: 'quiz',
  });
}

/**
 * The counselors' page in `locale`: its quiz link and QR code open the quiz in that language, and
 * its class summary reads result links made in either language.
 */
export async function CounselorsPage({ locale }: { locale: Locale }) {
  const { counselors, quiz } = getMessages(locale);
  const words = counselors.page;
  const links = routesFor(locale);
  const quizAddress = absoluteUrl(links.quiz());
  const outcomes = getQuizOutcomes(locale);
  return (
    <>
      <PageIntro title={words.title}>
        <p>{words.intro}</p>
      </PageIntro>
      <KitLinks current={links.counselors()} locale={locale} />

      <section aria-labelledby="how-heading" className="max-w-3xl">
        <h2 id="how-heading" className="text-2xl font-semibold">
          {words.howHeading}
        </h2>
        <ol className="mt-3 list-decimal space-y-2 pl-5">
          <li>{words.howShare}</li>
          <li>{words.howTake}</li>
          <li>{words.howSend}</li>
          <li>{words.howPaste}</li>
        </ol>
        <p className="mt-3">
          <RichText
            text={words.beforeClass}
            tags={{ compare: (text) => <Link href={links.compare()}>{text}</Link> }}
          />
        </p>
      </section>

      <section aria-labelledby="link-heading" className="mt-10 max-w-3xl">
        <h2 id="link-heading" className="text-2xl font-semibold">
          {words.linkHeading}
        </h2>
        <QuizLinkCard
          path={links.quiz()}
          built={{ address: quizAddress, qrCode: await qrCodeDataUrl(quizAddress) }}
          pagePath={links.counselors()}
          words={counselors.quizLink}
        />
      </section>

      <section aria-labelledby="prompts-heading" className="mt-10 max-w-3xl">
        <h2 id="prompts-heading" className="text-2xl font-semibold">
          {words.promptsHeading}
        </h2>
        <p className="mt-2">{words.promptsIntro}</p>
        {outcomes.map((outcome) => (
          <section key={outcome.id} aria-labelledby={`prompts-${outcome.id}`} className="mt-6">
            <h3 id={`prompts-${outcome.id}`} className="text-xl font-semibold">
              {outcome.name}
            </h3>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {outcome.discussionPrompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          </section>
        ))}
      </section>

      <section aria-labelledby="summary-heading" className="mt-10 max-w-3xl">
        <h2 id="summary-heading" className="text-2xl font-semibold">
          {words.summaryHeading}
        </h2>
        <p className="mt-2">{words.summaryIntro}</p>
        <p className="mt-2 font-medium">{words.summaryPrivacy}</p>
        <div data-js-only="" className="mt-4">
          <ClassSummaryIsland
            definitions={getQuizDefinitions(locale)}
            outcomes={outcomes}
            locale={locale}
            words={{
              summary: counselors.summary,
              notes: counselors.notes,
              csv: counselors.csv,
              problems: quiz.problems,
            }}
          />
        </div>
        <noscript>
          <p className="mt-4 rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
            {words.summaryNoScript}
          </p>
        </noscript>
      </section>
    </>
  );
}
