import { quizResultMetadata, QuizResultPage } from '@/app/_pages/quiz-result';

export const metadata = quizResultMetadata('en');

export default function Page() {
  return <QuizResultPage locale="en" />;
}
