import { PageIntro } from '@/components/layout/page-intro';
import { Link } from '@/components/ui/link';
import { RichText } from '@/components/ui/rich-text';
import type { AnswersHubView } from '@/lib/answers';
import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { routesFor } from '@/lib/routes';

/** The questions people ask first, each with its short answer and a link to the evidence. */
export function AnswersHub({ hub, locale }: { hub: AnswersHubView; locale: Locale }) {
  const messages = getMessages(locale).answers.hub;
  const links = routesFor(locale);
  return (
    <>
      <PageIntro title={messages.title}>
        <p>{messages.intro}</p>
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
        <RichText
          text={messages.next}
          tags={{
            plan: (words) => <Link href={links.plan()}>{words}</Link>,
            check: (words) => <Link href={links.trainingCheck()}>{words}</Link>,
          }}
        />
      </p>
    </>
  );
}
