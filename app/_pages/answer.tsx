import type { Metadata } from 'next';
import { AnswerPage } from '@/components/answers/answer-page';
import { answerMetadata, getAnswerPage, getAnswerSlugs } from '@/lib/answers';
import type { Locale } from '@/lib/i18n';
import { pageMetadata } from '@/lib/metadata';

/** The route's params: one page per answer, the same slugs in every language. */
export type AnswerParams = Promise<{ slug: string }>;

export function answerStaticParams() {
  return getAnswerSlugs().map((slug) => ({ slug }));
}

export async function answerRouteMetadata(params: AnswerParams, locale: Locale): Promise<Metadata> {
  return pageMetadata(answerMetadata((await params).slug, locale));
}

export async function AnswerRoute({ params, locale }: { params: AnswerParams; locale: Locale }) {
  return <AnswerPage answer={getAnswerPage((await params).slug, locale)} locale={locale} />;
}
