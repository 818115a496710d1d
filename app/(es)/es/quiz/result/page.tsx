import { quizResultMetadata, QuizResultPage } from '@/app/_pages/quiz-result';

export const metadata = quizResultMetadata('es');

export default function Page() {
  return <QuizResultPage locale="es" />;
}
