import { answersMetadata, AnswersPage } from '@/app/_pages/answers';

export const metadata = answersMetadata('es');

export default function Page() {
  return <AnswersPage locale="es" />;
}
