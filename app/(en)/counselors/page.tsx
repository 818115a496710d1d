import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ClassSummaryIsland } from '@/components/counselors/class-summary-island';
import { KitLinks } from '@/components/counselors/kit-links';
import { QuizLinkCard } from '@/components/counselors/quiz-link-card';
import { PageIntro } from '@/components/layout/page-intro';
import { getQuizDefinitions, getQuizOutcomes, qrCodeDataUrl } from '@/lib/quiz/server';
import { absoluteUrl } from '@/lib/site';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'For counselors and teachers: the role-fit quiz with a group',
  description:
    'Use the coding-or-billing quiz with a class: the quiz link and QR code, discussion prompts for each result, and a class summary built in your browser.',
  path: routes.counselors(),
  card: 'quiz',
});

export default async function CounselorsPage() {
  const quizAddress = absoluteUrl(routes.quiz());
  const outcomes = getQuizOutcomes();
  return (
    <>
      <PageIntro title="For counselors and teachers">
        <p>
          The role-fit quiz helps a group talk about medical coding and medical billing with real
          reasons, not guesses. Students need no account, and no answers are stored anywhere.
        </p>
      </PageIntro>
      <KitLinks current={routes.counselors()} />

      <section aria-labelledby="how-heading" className="max-w-3xl">
        <h2 id="how-heading" className="text-2xl font-semibold">
          How to use the quiz with a group
        </h2>
        <ol className="mt-3 list-decimal space-y-2 pl-5">
          <li>Share the quiz link below, or show the QR code on a screen.</li>
          <li>
            Each student takes the quiz on their own phone or computer. It takes a few minutes, and
            they can skip any question.
          </li>
          <li>
            At the end, each student copies their result link and sends it to you, by email or your
            class chat. The link holds their answers; opening it shows the same result and reasons.
          </li>
          <li>
            Paste all the links into the class summary below to see how the group splits, then use
            the discussion prompts for each result.
          </li>
        </ol>
        <p className="mt-3">
          Before the class, read <Link href={routes.compare()}>the side-by-side comparison</Link>.
          Then you can answer questions about pay, training and credentials.
        </p>
      </section>

      <section aria-labelledby="link-heading" className="mt-10 max-w-3xl">
        <h2 id="link-heading" className="text-2xl font-semibold">
          The quiz link
        </h2>
        <QuizLinkCard
          path={routes.quiz()}
          built={{ address: quizAddress, qrCode: await qrCodeDataUrl(quizAddress) }}
        />
      </section>

      <section aria-labelledby="prompts-heading" className="mt-10 max-w-3xl">
        <h2 id="prompts-heading" className="text-2xl font-semibold">
          Discussion prompts for each result
        </h2>
        <p className="mt-2">
          Group students by their result, or go round the room. There are no wrong answers: the
          point is to test the result against what each student knows about themselves.
        </p>
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
          Class summary
        </h2>
        <p className="mt-2">
          Paste the result links your students sent you. You get a count of each result, each
          student&apos;s result with their top reasons, and a CSV file for a spreadsheet. Lines that
          are not working result links are listed with the reason, and the rest still count.
        </p>
        <p className="mt-2 font-medium">
          Everything happens in this browser: the links are not sent anywhere, and nothing is saved
          when you leave the page.
        </p>
        <div data-js-only="" className="mt-4">
          <ClassSummaryIsland definitions={getQuizDefinitions()} outcomes={outcomes} />
        </div>
        <noscript>
          <p className="mt-4 rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
            The class summary needs JavaScript, which is turned off or blocked in this browser.
          </p>
        </noscript>
      </section>
    </>
  );
}
