import type { Metadata } from 'next';
import { FirstJobGuide } from '@/components/first-job/first-job-guide';
import { PageIntro } from '@/components/layout/page-intro';
import { getFirstJobPage } from '@/lib/first-job';
import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export function firstJobMetadata(locale: Locale): Metadata {
  const guide = getFirstJobPage(locale);
  return pageMetadata({
    locale,
    title: guide.title,
    description: guide.description,
    path: routes.firstJob(),
  });
}

/** /first-job/: the first 24 months, in the locale's language. */
export function FirstJobPage({ locale }: { locale: Locale }) {
  const guide = getFirstJobPage(locale);
  return (
    <>
      <PageIntro title={guide.title}>
        {guide.intro.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </PageIntro>
      <FirstJobGuide guide={guide} m={getMessages(locale).firstJob} />
    </>
  );
}
