import { Link } from '@/components/ui/link';
import type { AnswerLinkView } from '@/lib/answers';
import { routes } from '@/lib/routes';

/** The straight answers to the questions a page raises, then the way to all of them. */
export function QuestionLinks({ questions }: { questions: readonly AnswerLinkView[] }) {
  return (
    <ul className="list-disc space-y-1 pl-5">
      {questions.map((question) => (
        <li key={question.slug}>
          <Link href={question.href}>{question.title}</Link>
        </li>
      ))}
      <li>
        <Link href={routes.answers()}>All the questions we answer</Link>
      </li>
    </ul>
  );
}
