import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { PageIntro } from '@/components/layout/page-intro';
import { QuizIsland } from '@/components/quiz/quiz-island';
import { getCurrentQuiz, getCurrentQuizLength } from '@/lib/quiz/server';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Role-fit quiz: medical coding or medical billing?',
  description:
    'A short quiz about how you like to work. It shows whether medical coding, medical billing, a hybrid role or a nearby path fits you best, and why.',
  path: routes.quiz(),
  card: 'quiz',
});

export default function QuizPage() {
  const quiz = getCurrentQuiz();
  const length = getCurrentQuizLength();
  return (
    <div className="group/quiz">
      <PageIntro title="Coding or billing? The role-fit quiz">
        {/* Shown once: past the first question the quiz island marks itself started. */}
        <p className="text-base group-has-[[data-quiz-started]]/quiz:hidden sm:text-lg">
          {length.questions} questions about how you like to work, about {length.minutes} minutes in
          all. Skip any you cannot decide on. At the end you see which path fits you best, and why.
        </p>
      </PageIntro>
      <noscript>
        <p className="max-w-2xl rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:bg-amber-950 dark:text-amber-50">
          The quiz needs JavaScript, which is turned off or blocked in this browser. You can still{' '}
          <Link href={routes.compare()}>compare coding and billing side by side</Link>.
        </p>
      </noscript>
      <div data-js-only="" className="in-[.js]:min-h-[36rem]">
        <QuizIsland quiz={quiz} />
      </div>
    </div>
  );
}
