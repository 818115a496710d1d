import type { Metadata } from 'next';
import { TrainingCheckView } from '@/components/training-check/training-check-view';
import { pageMetadata } from '@/lib/metadata';
import { routes } from '@/lib/routes';
import { getTrainingCheckPage } from '@/lib/training-check/server';

export const metadata: Metadata = pageMetadata({
  title: 'Is this coding or billing school worth it? A checklist',
  description:
    'Check a medical coding or billing course before you pay: what approval means, what it should cost and how long it should take, the red flags, and where to look a school up.',
  path: routes.trainingCheck(),
});

export default function TrainingCheckPage() {
  return <TrainingCheckView page={getTrainingCheckPage()} />;
}
