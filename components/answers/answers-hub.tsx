import { PageIntro } from '@/components/layout/page-intro';
import { Link } from '@/components/ui/link';
import type { AnswersHubView } from '@/lib/answers';
import { routes } from '@/lib/routes';

/** The questions people ask first, each with its short answer and a link to the evidence. */
export function AnswersHub({ hub }: { hub: AnswersHubView }) {
  return (
    <>
      <PageIntro title="Straight answers">
        <p>
          Before people pick a path, they ask about AI, working from home, pay and time. The web
          often answers with hype or fear. Here each answer comes first, in a few plain sentences.
          Then you get the facts behind it, with their sources and dates, and what to do next.
        </p>
      </PageIntro>
      <ul className="max-w-3xl space-y-6">
        {hub.answers.map((answer) => (
          <li key={answer.slug}>
            <h2 className="text-xl font-semibold">
              <Link href={answer.href}>{answer.title}</Link>
            </h2>
            <p className="mt-1">{answer.shortAnswer}</p>
          </li>
        ))}
      </ul>
      <p className="mt-8 max-w-3xl">
        Ready to choose? <Link href={routes.plan()}>Make a plan</Link> for your path, or{' '}
        <Link href={routes.trainingCheck()}>check a school or course</Link> before you pay for it.
      </p>
    </>
  );
}
