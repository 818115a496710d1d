import { lessonPlan, type LessonPlan } from 'contentlayer/generated';

/** The counselors' lesson plan for one class period. */
export function getLessonPlanContent(): LessonPlan {
  return lessonPlan;
}
