import {
  counselorsLessonPlanMetadata,
  CounselorsLessonPlanPage,
} from '@/app/_pages/counselors-lesson-plan';

export const metadata = counselorsLessonPlanMetadata('es');

export default function Page() {
  return <CounselorsLessonPlanPage locale="es" />;
}
