import { trainingCheckMetadata, TrainingCheckPage } from '@/app/_pages/training-check';

export const metadata = trainingCheckMetadata('en');

export default function Page() {
  return <TrainingCheckPage locale="en" />;
}
