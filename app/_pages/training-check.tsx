import type { Metadata } from 'next';
import { TrainingCheckView } from '@/components/training-check/training-check-view';
import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';
import { getTrainingCheckPage } from '@/lib/training-check/server';

export function trainingCheckMetadata(locale: Locale): Metadata {
  const messages = getMessages(locale).trainingCheck.page;
  return pageMetadata({
    title: messages.metaTitle,
    description: messages.metaDescription,
    path: routes.trainingCheck(),
    locale,
  });
}

export function TrainingCheckPage({ locale }: { locale: Locale }) {
  return <TrainingCheckView page={getTrainingCheckPage(locale)} locale={locale} />;
}
