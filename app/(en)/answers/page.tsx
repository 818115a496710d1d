import type { Metadata } from 'next';
import { AnswersHub } from '@/components/answers/answers-hub';
import { getAnswersHub } from '@/lib/answers';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Straight answers: AI, remote work, pay and how long it takes',
  description:
    'Short, dated, sourced answers to what people ask first about medical coding and billing: AI, working from home, offshoring, starting pay, how long it takes, and claims we checked.',
  path: routes.answers(),
});

export default function AnswersPage() {
  return <AnswersHub hub={getAnswersHub()} />;
}
