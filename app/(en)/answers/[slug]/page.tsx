import type { Metadata } from 'next';
import { AnswerPage } from '@/components/answers/answer-page';
import { answerMetadata, getAnswerPage, getAnswerSlugs } from '@/lib/answers';
import { pageMetadata } from '@/lib/metadata';

export const dynamicParams = false;

export function generateStaticParams() {
  return getAnswerSlugs().map((slug) => ({ slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return pageMetadata(answerMetadata((await params).slug));
}

export default async function AnswerRoute({ params }: Props) {
  return <AnswerPage answer={getAnswerPage((await params).slug)} />;
}
