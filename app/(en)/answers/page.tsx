import { answersMetadata, AnswersPage } from '@/app/_pages/answers';

export const metadata = answersMetadata('en');

export default function Page() {
  return <AnswersPage locale="en" />;
}
