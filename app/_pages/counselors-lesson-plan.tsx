import type { Metadata } from 'next';
import { KitLinks } from '@/components/counselors/kit-links';
import { LessonPlan } from '@/components/counselors/lesson-plan';
import { PageIntro } from '@/components/layout/page-intro';
import { getLessonPlanPage } from '@/lib/counselors';
import type { Locale } from '@/lib/i18n';
import { getMessages } from '@/lib/i18n/messages';
import { pageMetadata } from '@/lib/metadata';
import { routes, routesFor } from '@/lib/routes';

export function counselorsLessonPlanMetadata(locale: Locale): Metadata {
  const words = getMessages(locale).counselors.lessonPlan;
  return pageMetadata({
    title: words.metaTitle,
    description: words.metaDescription,
    path: routes.counselorsLessonPlan(),
    locale,
    card: 'quiz',
  });
}

export function CounselorsLessonPlanPage({ locale }: { locale: Locale }) {
  const plan = getLessonPlanPage(locale);
  return (
    <>
      <PageIntro title={getMessages(locale).counselors.lessonPlan.title}>
        <p>{plan.intro}</p>
      </PageIntro>
      <KitLinks current={routesFor(locale).counselorsLessonPlan()} locale={locale} />
      <LessonPlan plan={plan} locale={locale} />
    </>
  );
}
