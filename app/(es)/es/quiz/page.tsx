import { quizMetadata, QuizPage } from '@/app/_pages/quiz';

export const metadata = quizMetadata('es');

export default function Page() {
  return <QuizPage locale="es" />;
}
