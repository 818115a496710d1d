import {
  counselorsLessonPlanMetadata,
  CounselorsLessonPlanPage,
} from '@/app/_pages/counselors-lesson-plan';

export const metadata = counselorsLessonPlanMetadata('en');

export default function Page() {
  return <CounselorsLessonPlanPage locale="en" />;
}
