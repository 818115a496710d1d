import type { Metadata } from 'next';
import { KitLinks } from '@/components/counselors/kit-links';
import { LessonPlan } from '@/components/counselors/lesson-plan';
import { PageIntro } from '@/components/layout/page-intro';
import { getLessonPlanPage } from '@/lib/counselors';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';

export const metadata: Metadata = pageMetadata({
  title: 'Lesson plan: explore medical coding and billing in one class',
  description:
    'A lesson plan for one class period with the role-fit quiz: objectives, timed steps, prompts for pairs, the class summary and an exit ticket.',
  path: routes.counselorsLessonPlan(),
  card: 'quiz',
});

export default function LessonPlanPage() {
  const plan = getLessonPlanPage();
  return (
    <>
      <PageIntro title="Lesson plan: coding or billing?">
        <p>{plan.intro}</p>
      </PageIntro>
      <KitLinks current={routes.counselorsLessonPlan()} />
      <LessonPlan plan={plan} />
    </>
  );
}
