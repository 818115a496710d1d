import { Link } from '@/components/ui/link';
import type { AnswerLinkView } from '@/lib/answers';
import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { routesFor } from '@/lib/routes';

/** The straight answers to the questions a page raises, then the way to all of them. */
export function QuestionLinks({
  questions,
  locale,
}: {
  questions: readonly AnswerLinkView[];
  locale: Locale;
}) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {questions.map((question) => (
        <li key={question.slug}>
          <Link href={question.href}>{question.title}</Link>
        </li>
      ))}
      <li>
        <Link href={routesFor(locale).answers()}>{getMessages(locale).answers.allQuestions}</Link>
      </li>
    </ul>
  );
}
