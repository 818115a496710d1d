import type { Metadata } from 'next';
import { AnswersHub } from '@/components/answers/answers-hub';
import { getAnswersHub } from '@/lib/answers';
import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export function answersMetadata(locale: Locale): Metadata {
  const messages = getMessages(locale).answers.hub;
  return pageMetadata({
    title: messages.metaTitle,
    description: messages.metaDescription,
    path: routes.answers(),
    locale,
  });
}

export function AnswersPage({ locale }: { locale: Locale }) {
  return <AnswersHub hub={getAnswersHub(locale)} locale={locale} />;
}
