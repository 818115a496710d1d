import { quizMetadata, QuizPage } from '@/app/_pages/quiz';

export const metadata = quizMetadata('en');

export default function Page() {
  return <QuizPage locale="en" />;
}
